x = 1
print(sys.argv)
