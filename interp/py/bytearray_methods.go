package py

import "strings"

// This file defines the mutating methods of bytearray: append, extend,
// pop, insert and remove (clear, copy and reverse are registered with the
// shared methods in bytes_methods.go).

func bytearray_append(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("bytearray.append", 1, len(args), kw)
	}
	c, err := byteValue(args[0])
	if err != nil {
		return Value{}, err
	}
	b := self.obj.(*ByteArray)
	b.B = append(b.B, c)
	return None, nil
}

func bytearray_extend(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, argCountError("bytearray.extend", 1, len(args), kw)
	}
	var more []byte
	if s, ok := AsBytes(args[0]); ok {
		more = []byte(s)
	} else {
		if args[0].Type().Iter == nil && args[0].Type().GetItem == nil {
			return Value{}, Errorf(TypeErrorType, "can't extend bytearray with %s", args[0].Type().Name)
		}
		err := Iterate(args[0], func(x Value) error {
			c, err := byteValue(x)
			more = append(more, c)
			return err
		})
		if err != nil {
			return Value{}, err
		}
	}
	b := self.obj.(*ByteArray)
	b.B = append(b.B, more...)
	return None, nil
}

func bytearray_pop(self Value, args []Value, kw []string) (Value, error) {
	b := self.obj.(*ByteArray)
	i := int64(len(b.B) - 1)
	if len(args) > 0 {
		var err error
		if i, err = argIndex("pop", args[0]); err != nil {
			return Value{}, err
		}
	}
	if len(b.B) == 0 {
		return Value{}, Errorf(IndexErrorType, "pop from empty bytearray")
	}
	if i < 0 {
		i += int64(len(b.B))
	}
	if i < 0 || i >= int64(len(b.B)) {
		return Value{}, Errorf(IndexErrorType, "pop index out of range")
	}
	c := b.B[i]
	b.B = append(b.B[:i], b.B[i+1:]...)
	return Int(int64(c)), nil
}

func bytearray_insert(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 {
		return Value{}, Errorf(TypeErrorType, "insert expected 2 arguments, got %d", len(args))
	}
	i, err := argIndex("insert", args[0])
	if err != nil {
		return Value{}, err
	}
	c, err := byteValue(args[1])
	if err != nil {
		return Value{}, err
	}
	b := self.obj.(*ByteArray)
	n := int64(len(b.B))
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	b.B = append(b.B, 0)
	copy(b.B[i+1:], b.B[i:])
	b.B[i] = c
	return None, nil
}

func bytearray_remove(self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 {
		return Value{}, argCountError("bytearray.remove", 1, len(args), kw)
	}
	c, err := byteValue(args[0])
	if err != nil {
		return Value{}, err
	}
	b := self.obj.(*ByteArray)
	i := strings.IndexByte(string(b.B), c)
	if i < 0 {
		return Value{}, Errorf(ValueErrorType, "value not found in bytearray")
	}
	b.B = append(b.B[:i], b.B[i+1:]...)
	return None, nil
}
