from http import HTTPStatus, HTTPMethod
import http.client

print(HTTPStatus.OK == 200, HTTPStatus(404).phrase, HTTPStatus.NOT_FOUND.value, int(HTTPStatus.CREATED), str(HTTPStatus.OK))
print(HTTPStatus(418).name, HTTPStatus.OK.is_success, HTTPStatus.NOT_FOUND.is_client_error, HTTPStatus(503).is_server_error)
print(f"{HTTPStatus.OK}", "%d" % HTTPStatus.BAD_GATEWAY, HTTPStatus.OK < 300, hash(HTTPStatus.OK) == hash(200), {200: "x"}[HTTPStatus.OK])
print(len(HTTPStatus), [s.value for s in list(HTTPStatus)[:5]], HTTPStatus.FOUND.name)
print(http.client.OK, http.client.NOT_FOUND, http.client.responses[404], http.client.HTTP_PORT, http.client.HTTPS_PORT)
print(HTTPMethod.GET == "GET", str(HTTPMethod.POST), repr(HTTPMethod.PUT))
c = http.client.HTTPConnection("example.com:8080")
print(c.host, c.port, http.client.HTTPSConnection("example.org").port, http.client.HTTPConnection("[::1]:99").host)
try:
    http.client.HTTPConnection("host:bad")
except http.client.InvalidURL as e:
    print("InvalidURL", e)
try:
    c.getresponse()
except http.client.ResponseNotReady as e:
    print("ResponseNotReady", e)
try:
    conn = http.client.HTTPConnection("127.0.0.1", 9, timeout=5)
    conn.request("GET", "/")
    conn.getresponse()
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno)
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError), http.client.error is http.client.HTTPException)
