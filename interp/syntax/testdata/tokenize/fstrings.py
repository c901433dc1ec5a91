a = f"x{y!r:>{w}}z {{lit}}"
b = rf'\d{a}' f"""
{b=}
"""
c = f"{'nested'}" f'{f"{1}"}'
