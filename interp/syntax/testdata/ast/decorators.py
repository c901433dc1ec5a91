@a
@b.c
@d(e)
@f[g]
@(lambda f: f)
@x if y else z
@h := i
def fn(): pass
@cls_dec
class K: pass
@a
async def af(): pass
