try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except Exception as e:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    raise ValueError("x")
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
raise
raise X
raise X from Y
raise X from None
try: pass
except: pass
else: pass
