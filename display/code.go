// This file renders source code as IPython.display.Code does with pygments:
// text/html from the HTML formatter (the default style's CSS scoped to
// .output_html, then <div class="highlight"><pre>…) and text/latex from
// the LaTeX formatter (\PY{type}{text} in a Verbatim environment). Python
// is lexed by highlight.go's pygments-compatible lexer; any other language
// is plain text, as pygments' TextLexer gives it.

package display

import (
	_ "embed"
	"regexp"
	"strings"

	"adder/interp/py"
)

// codeStyleCSS is HtmlFormatter().get_style_defs('.output_html') for the
// default style, written by testdata/gen_display_objects.py.
//
//go:embed code_style.css
var codeStyleCSS string

// codeTokens lexes code as pygments does for the language ("python" or
// anything else for plain text), after the lexer's input cleaning: line
// ends made \n, leading and trailing newlines stripped, one final newline.
func codeTokens(code, language string) []hlToken {
	code = strings.ReplaceAll(code, "\r\n", "\n")
	code = strings.ReplaceAll(code, "\r", "\n")
	code = strings.Trim(code, "\n")
	if language == "python" {
		return lexPython(code)
	}
	return []hlToken{{ptText, code + "\n"}}
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

// CodeHTML is the text/html of IPython.display.Code: the style sheet, then
// the highlighted code. Consecutive tokens of one class share a <span>, a
// span never crosses a line end, and plain text has none, as in pygments.
func CodeHTML(code, language string) string {
	var b strings.Builder
	b.WriteString("<style>" + codeStyleCSS + "</style>")
	b.WriteString(`<div class="highlight"><pre><span></span>`)
	open := "" // class of the open span on the current line
	var line strings.Builder
	flush := func() {
		if open != "" {
			line.WriteString("</span>")
		}
		b.WriteString(line.String())
		b.WriteByte('\n')
		line.Reset()
		open = ""
	}
	for _, t := range codeTokens(code, language) {
		class := t.typ.htmlClass()
		parts := strings.Split(htmlEscaper.Replace(t.text), "\n")
		for i, part := range parts {
			if part != "" {
				if class != open {
					if open != "" {
						line.WriteString("</span>")
					}
					if class != "" {
						line.WriteString(`<span class="` + class + `">`)
					}
					open = class
				}
				line.WriteString(part)
			}
			if i < len(parts)-1 {
				flush()
			}
		}
	}
	if line.Len() > 0 {
		flush()
	}
	b.WriteString("</pre></div>\n")
	return b.String()
}

var latexEscaper = strings.NewReplacer(
	`\`, `\PYZbs{}`, "{", `\PYZob{}`, "}", `\PYZcb{}`, "^", `\PYZca{}`, "_", `\PYZus{}`,
	"&", `\PYZam{}`, "<", `\PYZlt{}`, ">", `\PYZgt{}`, "#", `\PYZsh{}`, "%", `\PYZpc{}`,
	"$", `\PYZdl{}`, "-", `\PYZhy{}`, "'", `\PYZsq{}`, `"`, `\PYZdq{}`, "~", `\PYZti{}`)

// CodeLaTeX is the text/latex of IPython.display.Code: every token as
// \PY{names}{text}, one command per line of the token, in a Verbatim
// environment.
func CodeLaTeX(code, language string) string {
	var b strings.Builder
	b.WriteString("\\begin{Verbatim}[commandchars=\\\\\\{\\}]\n")
	for _, t := range codeTokens(code, language) {
		text := latexEscaper.Replace(t.text)
		name := t.typ.latexName()
		if name == "" {
			b.WriteString(text)
			continue
		}
		lines := strings.Split(text, "\n")
		for i, l := range lines {
			if l != "" {
				b.WriteString(`\PY{` + name + "}{" + l + "}")
			}
			if i < len(lines)-1 {
				b.WriteByte('\n')
			}
		}
	}
	b.WriteString("\\end{Verbatim}\n")
	return b.String()
}

// pythonShebang matches pygments' test for a Python #! line.
var pythonShebang = regexp.MustCompile(`^#!(?:\S*/)?(?:env\s+)?pythonw?(?:3(?:\.\d)?)?(?:\s|$)`)

// GuessLanguage stands in for pygments' guess_lexer on code without a
// language: "python" when pygments' Python lexer claims it (a Python #!
// line, or "import " in the first 1000 characters), else "text". pygments
// weighs every lexer it has; adder only knows these two.
func GuessLanguage(code string) string {
	first := code
	if nl := strings.IndexByte(first, '\n'); nl >= 0 {
		first = first[:nl]
	}
	head := code
	if r := []rune(code); len(r) > 1000 {
		head = string(r[:1000])
	}
	if pythonShebang.MatchString(strings.TrimSpace(first)) || strings.Contains(head, "import ") {
		return "python"
	}
	return "text"
}

// codeArgs unpacks (code, language) for the Code functions.
func codeArgs(name string, args []py.Value, kwnames []string) (code, language string, err error) {
	var c, l py.Value
	if err := py.UnpackArgs(name, args, kwnames, "code", &c, "language?", &l); err != nil {
		return "", "", err
	}
	code, ok := py.AsStr(c)
	if !ok {
		return "", "", py.Errorf(py.TypeErrorType, "%s() code must be str, not %s", name, c.Type().Name)
	}
	if l.IsValid() && !l.IsNone() {
		if language, ok = py.AsStr(l); !ok {
			return "", "", py.Errorf(py.TypeErrorType, "%s() language must be str, not %s", name, l.Type().Name)
		}
	}
	return code, language, nil
}

// adder_display_code_html is code_html(code, language).
func adder_display_code_html(args []py.Value, kwnames []string) (py.Value, error) {
	code, language, err := codeArgs("code_html", args, kwnames)
	if err != nil {
		return py.Value{}, err
	}
	return py.StrValue(CodeHTML(code, language)), nil
}

// adder_display_code_latex is code_latex(code, language).
func adder_display_code_latex(args []py.Value, kwnames []string) (py.Value, error) {
	code, language, err := codeArgs("code_latex", args, kwnames)
	if err != nil {
		return py.Value{}, err
	}
	return py.StrValue(CodeLaTeX(code, language)), nil
}

// adder_display_guess_language is guess_language(code).
func adder_display_guess_language(args []py.Value, kwnames []string) (py.Value, error) {
	code, _, err := codeArgs("guess_language", args, kwnames)
	if err != nil {
		return py.Value{}, err
	}
	return py.StrValue(GuessLanguage(code)), nil
}
