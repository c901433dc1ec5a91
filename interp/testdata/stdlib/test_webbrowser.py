# webbrowser: the BROWSER variable names a command that records the URL.
import os
import stat
import tempfile
import webbrowser

with tempfile.TemporaryDirectory() as d:
    log = os.path.join(d, "opened.txt")
    script = os.path.join(d, "fakebrowser")
    with open(script, "w") as f:
        f.write("#!/bin/sh\necho \"$1\" >> %s\n" % log)
    os.chmod(script, stat.S_IRWXU)
    os.environ["BROWSER"] = script
    webbrowser._tryorder = None
    print(webbrowser.open("https://example.com/a?b=1"), webbrowser.open_new_tab("http://x.org"))
    b = webbrowser.get()
    print(type(b).__name__, os.path.basename(b.name), b.open("file:///tmp/z"))
    g = webbrowser.get(script + " --flag %s")
    print(type(g).__name__, g.args, g.open("http://y"))
    with open(log) as f:
        print(f.read().split())
    fail = webbrowser.GenericBrowser("/nonexistent/browser")
    print(fail.open("http://x"))
    webbrowser.register("mine", None, webbrowser.GenericBrowser([script, "%s"]))
    print(webbrowser.get("mine").open("http://mine"), open(log).read().split()[-1])
    try:
        webbrowser.get("no-such-browser-xyz")
    except webbrowser.Error as e:
        print("Error", e)
    del os.environ["BROWSER"]
    webbrowser._tryorder = None
