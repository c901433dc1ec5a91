from html.parser import HTMLParser

class Dumper(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.getpos()))
    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_data(self, data):
        self.events.append(("data", data))
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_decl(self, decl):
        self.events.append(("decl", decl))
    def handle_pi(self, data):
        self.events.append(("pi", data))
    def unknown_decl(self, data):
        self.events.append(("unknown", data))
    def handle_entityref(self, name):
        self.events.append(("entityref", name))
    def handle_charref(self, name):
        self.events.append(("charref", name))

doc = """<!DOCTYPE html>
<html lang="en"><head><title>Test &amp; page</title>
<meta charset=utf-8><link rel='stylesheet' href="a.css"/>
<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script>
<style>p > a { color: red }</style></head>
<body class="main  page" data-x=1 hidden>
<!-- a comment -->
<p id=first>Hello, <b>world</b>! &copy; 2024 &#8364; &#x41; &notanentity; a&b</p>
<br><br/><img src="x.png" alt="A &quot;quoted&quot; alt">
<?xml version="1.0"?>
<![CDATA[raw <data>]]>
<UL><LI>Upper</LI></UL>
</body></html>
"""
p = Dumper()
p.feed(doc)
p.close()
for e in p.events:
    print(e)
print("----")
p = Dumper(convert_charrefs=False)
p.feed("<p>a &amp; b &#65; &#x42; &nbsp c</p>")
p.close()
for e in p.events:
    print(e)
print("----")
p = Dumper()
for chunk in ["<di", "v cla", "ss='x'>te", "xt &am", "p; more</d", "iv>", "tail"]:
    p.feed(chunk)
p.close()
for e in p.events:
    print(e)
print("----")
p = Dumper()
p.feed("a < b <3 </> <a href=x>link</a <p><!bogus> end")
p.close()
for e in p.events:
    print(e)
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
            print(self.get_starttag_text())
lk = Links()
lk.feed('<a href="/one">1</a><A HREF=/two>2</A><a name=x>')
print(lk.links)
