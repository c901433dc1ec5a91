package py

import (
	"strconv"
	"strings"
	"time"
)

// This file adds the clock_* functions, tzset and a strptime covering the
// common directives to the time module.

var timeClocks = map[int64]func() time.Duration{
	0:  func() time.Duration { return time.Duration(time.Now().UnixNano()) }, // CLOCK_REALTIME
	1:  func() time.Duration { return time.Since(processStart) },             // CLOCK_MONOTONIC
	2:  processCPUTime,                                                       // CLOCK_PROCESS_CPUTIME_ID
	3:  processCPUTime,                                                       // CLOCK_THREAD_CPUTIME_ID
	4:  func() time.Duration { return time.Since(processStart) },             // CLOCK_MONOTONIC_RAW
	7:  func() time.Duration { return time.Since(processStart) },             // CLOCK_BOOTTIME
	11: func() time.Duration { return time.Duration(time.Now().UnixNano()) }, // CLOCK_TAI
}

func timeExtraInit(d *Dict) {
	for name, id := range map[string]int64{"CLOCK_REALTIME": 0, "CLOCK_MONOTONIC": 1, "CLOCK_PROCESS_CPUTIME_ID": 2,
		"CLOCK_THREAD_CPUTIME_ID": 3, "CLOCK_MONOTONIC_RAW": 4, "CLOCK_BOOTTIME": 7, "CLOCK_TAI": 11} {
		d.SetStr(name, Int(id))
	}
	clock := func(args []Value) (time.Duration, error) {
		if len(args) != 1 {
			return 0, Errorf(TypeErrorType, "clock_gettime() takes exactly one argument (%d given)", len(args))
		}
		id, err := IndexInt64(args[0])
		if err != nil {
			return 0, err
		}
		f, ok := timeClocks[id]
		if !ok {
			return 0, Errorf(OSErrorType, "[Errno 22] Invalid argument")
		}
		return f(), nil
	}
	fns := map[string]Func{
		"clock_gettime": func(args []Value, kw []string) (Value, error) {
			d, err := clock(args)
			return Float(d.Seconds()), err
		},
		"clock_gettime_ns": func(args []Value, kw []string) (Value, error) {
			d, err := clock(args)
			return Int(int64(d)), err
		},
		"clock_getres": func(args []Value, kw []string) (Value, error) {
			_, err := clock(args)
			return Float(1e-9), err
		},
		"thread_time_ns": func(args []Value, kw []string) (Value, error) { return Int(int64(processCPUTime())), nil },
		"tzset":          func(args []Value, kw []string) (Value, error) { return None, nil },
		"strptime":       time_strptime,
	}
	for name, fn := range fns {
		v := NewBuiltin(name, fn)
		if b, ok := v.obj.(*Builtin); ok {
			b.Module = "time"
		}
		d.SetStr(name, v)
	}
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december"}
var dayNames = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// time_strptime parses with %Y %y %m %d %H %I %M %S %f %p %j %b %B %a %A
// %z %Z %% and literal text (whitespace in the format matches any run of
// whitespace).
func time_strptime(args []Value, kw []string) (Value, error) {
	if len(args) < 1 || len(args) > 2 {
		return Value{}, Errorf(TypeErrorType, "strptime() takes at most 2 arguments (%d given)", len(args))
	}
	s, ok1 := AsStr(args[0])
	format := "%a %b %d %H:%M:%S %Y"
	ok2 := true
	if len(args) == 2 {
		format, ok2 = AsStr(args[1])
	}
	if !ok1 || !ok2 {
		return Value{}, Errorf(TypeErrorType, "strptime() argument 1 must be str, not %s", argTypeName(args[0]))
	}
	fail := func() (Value, error) {
		return Value{}, Errorf(ValueErrorType, "time data %s does not match format %s", StrRepr(s), StrRepr(format))
	}
	year, mon, day, hour, min, sec, yday, wday := 1900, 1, 1, 0, 0, 0, -1, -1
	pm, hasPM := false, false
	i := 0
	num := func(maxDigits int) (int, bool) {
		j := i
		for j < len(s) && j-i < maxDigits && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			return 0, false
		}
		n, _ := strconv.Atoi(s[i:j])
		i = j
		return n, true
	}
	name := func(names []string) (int, bool) {
		low := strings.ToLower(s[i:])
		for k, n := range names {
			if strings.HasPrefix(low, n) {
				i += len(n)
				return k, true
			}
			if strings.HasPrefix(low, n[:3]) {
				i += 3
				return k, true
			}
		}
		return 0, false
	}
	for f := 0; f < len(format); f++ {
		c := format[f]
		if c == ' ' || c == '\t' || c == '\n' {
			for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
				i++
			}
			continue
		}
		if c != '%' || f+1 == len(format) {
			if i >= len(s) || s[i] != c {
				return fail()
			}
			i++
			continue
		}
		f++
		var ok bool
		switch format[f] {
		case 'Y':
			year, ok = num(4)
		case 'y':
			var y int
			y, ok = num(2)
			if y < 69 {
				year = 2000 + y
			} else {
				year = 1900 + y
			}
		case 'm':
			mon, ok = num(2)
		case 'd':
			day, ok = num(2)
		case 'H':
			hour, ok = num(2)
		case 'I':
			hour, ok = num(2)
			hasPM = true
		case 'M':
			min, ok = num(2)
		case 'S':
			sec, ok = num(2)
		case 'f':
			_, ok = num(6)
		case 'j':
			yday, ok = num(3)
		case 'p':
			low := strings.ToLower(s[i:])
			switch {
			case strings.HasPrefix(low, "am"):
				ok, i = true, i+2
			case strings.HasPrefix(low, "pm"):
				ok, pm, i = true, true, i+2
			}
		case 'b', 'B', 'h':
			var m int
			m, ok = name(monthNames)
			mon = m + 1
		case 'a', 'A':
			wday, ok = name(dayNames)
		case 'z':
			j := i
			for j < len(s) && strings.IndexByte("+-0123456789:Z", s[j]) >= 0 {
				j++
			}
			ok, i = j > i, j
		case 'Z':
			j := i
			for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z') {
				j++
			}
			ok, i = true, j
		case '%':
			ok = i < len(s) && s[i] == '%'
			i++
		default:
			return Value{}, Errorf(ValueErrorType, "'%c' is a bad directive in format '%s'", format[f], format)
		}
		if !ok {
			return fail()
		}
	}
	if i != len(s) {
		return Value{}, Errorf(ValueErrorType, "unconverted data remains: %s", s[i:])
	}
	if hasPM {
		hour %= 12
		if pm {
			hour += 12
		}
	}
	t := time.Date(year, time.Month(mon), day, hour, min, sec, 0, time.UTC)
	if t.Month() != time.Month(mon) || t.Day() != day || hour > 23 || min > 59 || sec > 61 {
		return fail()
	}
	st := makeStructTime(t, -1).obj.(*StructTime)
	if yday >= 0 {
		st.fields[7] = Int(int64(yday))
	}
	if wday >= 0 && len(args) == 2 && !strings.Contains(format, "%d") {
		st.fields[6] = Int(int64(wday))
	}
	st.fields[9] = None
	st.fields[10] = None
	return ObjectValue(st), nil
}
