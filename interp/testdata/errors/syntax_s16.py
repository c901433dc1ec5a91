try:
    pass
except* (ValueError, ExceptionGroup):
    pass
