# Oversized widths, precisions and tab sizes raise instead of exhausting memory.
for e in ['format(1, ">100000000000000")', '"%100000000000000d" % 1', '"x".center(10**15)', '"a\\tb".expandtabs(10**15)', '"{:>100000000000000}".format("x")', 'format(1.5, ".100000000000000f")', '"%.100000000000000f" % 1.5', '"%*d" % (10**14, 1)', '"a\\tb".expandtabs(10**8)[:3]', 'format("x", "^100000000000000")', 'format(2.5, "100000000000000")']:
    try: r = eval(e); print(e, len(r))
    except Exception as ex: print(e, type(ex).__name__, ex)
