import ipaddress as ip

a = ip.ip_address("192.168.0.1")
print(repr(a), a, int(a), a.packed, a.version, a.is_private, a.is_global, a + 1, a - 2, a.reverse_pointer)
b = ip.ip_address("2001:db8::1")
print(repr(b), b.exploded, b.compressed, b.packed.hex(), b.is_private, b.reverse_pointer[:20])
print(ip.IPv6Address("::ffff:192.0.2.1").ipv4_mapped, ip.IPv6Address("2002:c000:204::1").sixtofour, ip.ip_address("fe80::1%eth0"), ip.ip_address("fe80::1%eth0").scope_id)
print([str(ip.IPv6Address(x)) for x in ["0:0:0:0:0:0:0:1", "2001:0db8:0000:0000:0001:0000:0000:0001", "1:0:0:2:0:0:0:3", "::", "1::", "::1.2.3.4"]])
print(ip.ip_address(3232235521), ip.ip_address(b"\x7f\x00\x00\x01"), ip.IPv6Address(1), ip.ip_address(2**32))
for v in ["127.0.0.1", "10.1.2.3", "8.8.8.8", "224.0.0.1", "169.254.1.1", "0.0.0.0", "100.64.0.1", "255.255.255.255"]:
    x = ip.ip_address(v)
    print(v, x.is_private, x.is_global, x.is_multicast, x.is_loopback, x.is_link_local, x.is_unspecified, x.is_reserved)
for v in ["::1", "::", "fe80::1", "ff02::1", "2001:db8::", "2606:4700::1111", "fc00::1"]:
    x = ip.ip_address(v)
    print(v, x.is_private, x.is_global, x.is_multicast, x.is_loopback, x.is_link_local, x.is_unspecified)
for bad in ["1.2.3", "1.2.3.256", "01.2.3.4", "1.2.3.a", "", "1:2:3", "1::2::3", "12345::", ":1:2:3:4:5:6:7", "1.2.3.4/24", "g::"]:
    try:
        ip.ip_address(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["1.2.3", "1.2.3.256"]:
    try:
        ip.IPv4Address(bad)
    except ip.AddressValueError as e:
        print("AddressValueError", e)
n = ip.ip_network("192.168.0.0/28")
print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
print(list(n.hosts())[:3], len(list(n.hosts())), n[0], n[-1], ip.ip_address("192.168.0.5") in n, ip.ip_address("192.168.1.5") in n)
print(list(n.subnets()), list(n.subnets(new_prefix=30))[:2], n.supernet(), n.supernet(new_prefix=16))
print(n.with_prefixlen, n.with_netmask, n.with_hostmask, ip.ip_network("10.0.0.0/255.0.0.0"), ip.ip_network("10.0.0.0/0.255.255.255"))
print(n.overlaps(ip.ip_network("192.168.0.8/29")), n.subnet_of(ip.ip_network("192.168.0.0/24")), ip.ip_network("192.168.0.0/24").supernet_of(n))
try:
    ip.ip_network("192.168.0.1/24")
except ValueError as e:
    print("ValueError", e)
print(ip.ip_network("192.168.0.1/24", strict=False), ip.ip_network("2001:db8::/32"), ip.ip_network("2001:db8::/126").num_addresses)
print(list(ip.ip_network("2001:db8::/126").hosts()), list(ip.ip_network("10.0.0.0/31").hosts()), list(ip.ip_network("10.0.0.1/32").hosts()))
for bad in ["10.0.0.0/33", "10.0.0.0/255.0.255.0", "2001:db8::/129"]:
    try:
        ip.ip_network(bad)
    except ValueError as e:
        print("ValueError", e)
i = ip.ip_interface("192.168.0.5/24")
print(repr(i), i.ip, i.network, i.with_prefixlen, i.with_netmask, i.netmask, i.hostmask)
print(sorted([ip.ip_address("10.0.0.2"), ip.ip_address("10.0.0.1")]), ip.ip_address("10.0.0.1") < ip.ip_address("10.0.0.2"))
print(list(ip.summarize_address_range(ip.IPv4Address("192.0.2.0"), ip.IPv4Address("192.0.2.130"))))
print(list(ip.collapse_addresses([ip.IPv4Network("192.0.2.0/25"), ip.IPv4Network("192.0.2.128/25")])))
print(list(ip.collapse_addresses([ip.ip_address("10.0.0.%d" % k) for k in range(0, 8)])))
print(list(ip.ip_network("10.0.0.0/24").address_exclude(ip.ip_network("10.0.0.0/26"))))
print(ip.ip_network("10.0.0.0/8").compare_networks(ip.ip_network("10.0.0.0/16")), hash(a) == hash(ip.ip_address("192.168.0.1")), format(a, "b")[:8], f"{a:s}")
try:
    ip.ip_address("1.1.1.1") < ip.ip_address("::1")
except TypeError as e:
    print("TypeError", e)
