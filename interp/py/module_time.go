package py

import (
	"math"
	"strings"
	"time"
)

// This file registers the time module
// (https://docs.python.org/3.12/library/time.html): clocks, sleep (which
// releases the GIL and wakes up for the session's interrupt flag and
// raises KeyboardInterrupt), and the basic struct_time functions localtime,
// gmtime, mktime, strftime and asctime.

var processStart = time.Now()

func init() {
	RegisterModule(&ModuleDef{Name: "time", Doc: "This module provides various functions to manipulate time values.", Init: initTimeModule})
	StructTimeType.Repr = structTimeRepr
	StructTimeType.New = func(t *Type, args []Value, kw []string) (Value, error) {
		var seq Value
		if err := UnpackArgs("struct_time", args, kw, "sequence", &seq); err != nil {
			return Value{}, err
		}
		items, err := ToSlice(seq)
		if err != nil {
			return Value{}, err
		}
		if len(items) < 9 || len(items) > 11 {
			if len(items) < 9 {
				return Value{}, Errorf(TypeErrorType, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(items))
			}
			return Value{}, Errorf(TypeErrorType, "time.struct_time() takes an at most 11-sequence (%d-sequence given)", len(items))
		}
		st := &StructTime{}
		for i := range st.fields {
			st.fields[i] = None
		}
		copy(st.fields[:], items)
		return ObjectValue(st), nil
	}
	StructTimeType.GetItem = func(v, key Value) (Value, error) { return GetItem(NewTupleFrom(v.obj.(*StructTime).fields[:9]), key) }
	StructTimeType.Len = func(v Value) (int, error) { return 9, nil }
	StructTimeType.Iter = func(v Value) (Value, error) { return GetIter(NewTupleFrom(v.obj.(*StructTime).fields[:9])) }
	StructTimeType.RichCompare = func(a, b Value, op CompareOp) (Value, error) {
		x, ok1 := a.obj.(*StructTime)
		y, ok2 := b.obj.(*StructTime)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return Compare(NewTupleFrom(x.fields[:9]), NewTupleFrom(y.fields[:9]), op)
	}
	names := []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}
	var getters []Getter
	for i, n := range names {
		i := i
		getters = append(getters, Getter{Name: n, Get: func(self Value) (Value, error) { return self.obj.(*StructTime).fields[i], nil }})
	}
	AddGetters(StructTimeType, getters)
}

// StructTime is time.struct_time: nine visible fields plus tm_zone and
// tm_gmtoff.
type StructTime struct{ fields [11]Value }

// StructTimeType is time.struct_time.
var StructTimeType = newBuiltinType("time.struct_time", ObjectType, 0)

func (s *StructTime) Type() *Type { return StructTimeType }

func structTimeRepr(v Value) (Value, error) {
	f := v.obj.(*StructTime).fields
	names := []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}
	var b strings.Builder
	b.WriteString("time.struct_time(")
	for i, n := range names {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := ReprString(f[i])
		if err != nil {
			return Value{}, err
		}
		b.WriteString(n + "=" + r)
	}
	b.WriteString(")")
	return StrValue(b.String()), nil
}

func makeStructTime(t time.Time, isdst int64) Value {
	wday := (int64(t.Weekday()) + 6) % 7
	name, off := t.Zone()
	return ObjectValue(&StructTime{fields: [11]Value{
		Int(int64(t.Year())), Int(int64(t.Month())), Int(int64(t.Day())),
		Int(int64(t.Hour())), Int(int64(t.Minute())), Int(int64(t.Second())),
		Int(wday), Int(int64(t.YearDay())), Int(isdst), StrValue(name), Int(int64(off)),
	}})
}

// structTimeArg reads a struct_time or a 9-tuple into a time.Time.
func structTimeArg(fname string, v Value, loc *time.Location) (time.Time, error) {
	var items []Value
	switch o := v.obj.(type) {
	case *StructTime:
		items = o.fields[:9]
	case *Tuple:
		items = o.Items
	default:
		return time.Time{}, Errorf(TypeErrorType, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return time.Time{}, Errorf(TypeErrorType, "%s(): illegal time tuple argument", fname)
	}
	var n [9]int64
	for i := range n {
		x, err := IndexInt64(items[i])
		if err != nil {
			return time.Time{}, err
		}
		n[i] = x
	}
	return time.Date(int(n[0]), time.Month(n[1]), int(n[2]), int(n[3]), int(n[4]), int(n[5]), 0, loc), nil
}

func timeSecondsArg(fname string, args []Value) (time.Time, error) {
	if len(args) == 0 || args[0].IsNone() {
		return time.Now(), nil
	}
	f, err := FloatOf(args[0])
	if err != nil {
		return time.Time{}, err
	}
	if math.IsNaN(f) {
		return time.Time{}, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
	}
	if math.IsInf(f, 0) || math.Abs(f) > 1e17 {
		return time.Time{}, Errorf(OverflowErrorType, "timestamp out of range for platform time_t")
	}
	sec := math.Floor(f)
	return time.Unix(int64(sec), int64((f-sec)*1e9)), nil
}

func initTimeModule(m *Module) error {
	d := m.Dict
	d.SetStr("struct_time", ObjectValue(StructTimeType))
	name, off := time.Now().Zone()
	d.SetStr("timezone", Int(int64(-off)))
	d.SetStr("altzone", Int(int64(-off)))
	d.SetStr("daylight", Int(0))
	d.SetStr("tzname", NewTuple(StrValue(name), StrValue(name)))
	fns := map[string]Func{
		"time": func(args []Value, kw []string) (Value, error) {
			return Float(float64(time.Now().UnixNano()) / 1e9), nil
		},
		"time_ns": func(args []Value, kw []string) (Value, error) { return Int(time.Now().UnixNano()), nil },
		"perf_counter": func(args []Value, kw []string) (Value, error) {
			return Float(time.Since(processStart).Seconds()), nil
		},
		"perf_counter_ns": func(args []Value, kw []string) (Value, error) { return Int(int64(time.Since(processStart))), nil },
		"monotonic": func(args []Value, kw []string) (Value, error) {
			return Float(time.Since(processStart).Seconds()), nil
		},
		"monotonic_ns": func(args []Value, kw []string) (Value, error) { return Int(int64(time.Since(processStart))), nil },
		"process_time": func(args []Value, kw []string) (Value, error) {
			return Float(processCPUTime().Seconds()), nil
		},
		"process_time_ns": func(args []Value, kw []string) (Value, error) { return Int(int64(processCPUTime())), nil },
		"thread_time": func(args []Value, kw []string) (Value, error) {
			return Float(processCPUTime().Seconds()), nil
		},
		"sleep": time_sleep,
		"localtime": func(args []Value, kw []string) (Value, error) {
			t, err := timeSecondsArg("localtime", args)
			if err != nil {
				return Value{}, err
			}
			return makeStructTime(t.Local(), 0), nil
		},
		"gmtime": func(args []Value, kw []string) (Value, error) {
			t, err := timeSecondsArg("gmtime", args)
			if err != nil {
				return Value{}, err
			}
			return makeStructTime(t.UTC(), 0), nil
		},
		"mktime": func(args []Value, kw []string) (Value, error) {
			if len(args) != 1 {
				return Value{}, Errorf(TypeErrorType, "time.mktime() takes exactly one argument (%d given)", len(args))
			}
			t, err := structTimeArg("mktime", args[0], time.Local)
			if err != nil {
				return Value{}, err
			}
			return Float(float64(t.Unix())), nil
		},
		"strftime": time_strftime,
		"asctime": func(args []Value, kw []string) (Value, error) {
			t := time.Now()
			if len(args) > 0 {
				var err error
				if t, err = structTimeArg("asctime", args[0], time.Local); err != nil {
					return Value{}, err
				}
			}
			return StrValue(t.Format("Mon Jan _2 15:04:05 2006")), nil
		},
		"ctime": func(args []Value, kw []string) (Value, error) {
			t, err := timeSecondsArg("ctime", args)
			if err != nil {
				return Value{}, err
			}
			return StrValue(t.Local().Format("Mon Jan _2 15:04:05 2006")), nil
		},
		"get_clock_info": func(args []Value, kw []string) (Value, error) {
			return Value{}, Errorf(ValueErrorType, "unknown clock")
		},
	}
	for name, fn := range fns {
		v := NewBuiltin(name, fn)
		if b, ok := v.obj.(*Builtin); ok {
			b.Module = "time"
		}
		d.SetStr(name, v)
	}
	timeExtraInit(d)
	return nil
}

// time_sleep waits with the GIL released, so other threads run; an
// interrupt raises KeyboardInterrupt promptly.
func time_sleep(args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) != 0 {
		return Value{}, Errorf(TypeErrorType, "time.sleep() takes exactly one argument (%d given)", len(args))
	}
	secs, err := FloatOf(args[0])
	if err != nil {
		return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
	}
	if math.IsNaN(secs) {
		return Value{}, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return Value{}, Errorf(ValueErrorType, "sleep length must be non-negative")
	}
	// The GIL is released while sleeping (gil.go); an interrupt of the
	// main thread wakes it at once.
	d := time.Duration(math.MaxInt64)
	if secs < 9e9 {
		d = time.Duration(secs * 1e9)
	}
	if err := Sleep(d); err != nil {
		return Value{}, err
	}
	return None, nil
}

// time_strftime formats a struct_time with the C library's % directives.
func time_strftime(args []Value, kw []string) (Value, error) {
	if len(args) < 1 || len(args) > 2 {
		return Value{}, Errorf(TypeErrorType, "strftime() takes at most 2 arguments (%d given)", len(args))
	}
	format, ok := AsStr(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "strftime() argument 1 must be str, not %s", argTypeName(args[0]))
	}
	t := time.Now()
	if len(args) == 2 {
		var err error
		if t, err = structTimeArg("strftime", args[1], time.Local); err != nil {
			return Value{}, err
		}
	}
	return StrValue(strftime(format, t)), nil
}

// strftime expands the C strftime directives (C locale).
func strftime(format string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			b.WriteString(t.Format("2006"))
		case 'y':
			b.WriteString(t.Format("06"))
		case 'm':
			b.WriteString(t.Format("01"))
		case 'd':
			b.WriteString(t.Format("02"))
		case 'e':
			b.WriteString(t.Format("_2"))
		case 'H':
			b.WriteString(t.Format("15"))
		case 'I':
			b.WriteString(t.Format("03"))
		case 'M':
			b.WriteString(t.Format("04"))
		case 'S':
			b.WriteString(t.Format("05"))
		case 'p':
			b.WriteString(t.Format("PM"))
		case 'a':
			b.WriteString(t.Format("Mon"))
		case 'A':
			b.WriteString(t.Format("Monday"))
		case 'b', 'h':
			b.WriteString(t.Format("Jan"))
		case 'B':
			b.WriteString(t.Format("January"))
		case 'j':
			b.WriteString(leftPad(t.YearDay(), 3))
		case 'w':
			b.WriteString(itoa64(int64(t.Weekday())))
		case 'u':
			w := int(t.Weekday())
			if w == 0 {
				w = 7
			}
			b.WriteString(itoa64(int64(w)))
		case 'Z':
			name, _ := t.Zone()
			b.WriteString(name)
		case 'z':
			b.WriteString(t.Format("-0700"))
		case 'c':
			b.WriteString(t.Format("Mon Jan _2 15:04:05 2006"))
		case 'x':
			b.WriteString(t.Format("01/02/06"))
		case 'X', 'T':
			b.WriteString(t.Format("15:04:05"))
		case 'D':
			b.WriteString(t.Format("01/02/06"))
		case 'F':
			b.WriteString(t.Format("2006-01-02"))
		case 'R':
			b.WriteString(t.Format("15:04"))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

func leftPad(n, width int) string {
	s := itoa64(int64(n))
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func itoa64(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
