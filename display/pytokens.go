// This file names the pygments token types the Python lexer of
// highlight.go produces. Formatters see them differently: the terminal
// formatter only by their style (an hlClass), the HTML and LaTeX formatters
// by their short names (class="nf", \PY{n+nf}), which tell apart types
// that look the same in the terminal (Punctuation and Text, Name.Class and
// Name.Namespace, the kinds of numbers and of strings).

package display

// A tokType is a pygments token type.
type tokType uint8

const (
	ptText            tokType = iota // Token.Text
	ptWhitespace                     // Token.Text.Whitespace
	ptError                          // Token.Error
	ptKeyword                        // Token.Keyword
	ptKeywordConstant                // Token.Keyword.Constant
	ptKeywordNS                      // Token.Keyword.Namespace
	ptName                           // Token.Name
	ptBuiltin                        // Token.Name.Builtin
	ptBuiltinPseudo                  // Token.Name.Builtin.Pseudo
	ptException                      // Token.Name.Exception
	ptFunction                       // Token.Name.Function
	ptFunctionMagic                  // Token.Name.Function.Magic
	ptVariableMagic                  // Token.Name.Variable.Magic
	ptClass                          // Token.Name.Class
	ptNamespace                      // Token.Name.Namespace
	ptDecorator                      // Token.Name.Decorator
	ptOperator                       // Token.Operator
	ptOperatorWord                   // Token.Operator.Word
	ptPunctuation                    // Token.Punctuation
	ptNumberFloat                    // Token.Literal.Number.Float
	ptNumberInteger                  // Token.Literal.Number.Integer
	ptNumberOct                      // Token.Literal.Number.Oct
	ptNumberBin                      // Token.Literal.Number.Bin
	ptNumberHex                      // Token.Literal.Number.Hex
	ptStringAffix                    // Token.Literal.String.Affix
	ptStringSingle                   // Token.Literal.String.Single
	ptStringDouble                   // Token.Literal.String.Double
	ptStringDoc                      // Token.Literal.String.Doc
	ptStringEscape                   // Token.Literal.String.Escape
	ptStringInterpol                 // Token.Literal.String.Interpol
	ptCommentSingle                  // Token.Comment.Single
	ptCommentHashbang                // Token.Comment.Hashbang
	numTokTypes
)

// tokInfo describes a token type: its style class for the terminal, and
// the pygments short names of the type and of its ancestors (root first,
// Token itself left out), as the LaTeX formatter joins them with "+"; the
// last one is the HTML class.
var tokInfo = [numTokTypes]struct {
	class hlClass
	names []string
}{
	ptText:            {hlText, []string{""}},
	ptWhitespace:      {hlWhitespace, []string{"", "w"}},
	ptError:           {hlText, []string{"err"}},
	ptKeyword:         {hlKeyword, []string{"k"}},
	ptKeywordConstant: {hlKeyword, []string{"k", "kc"}},
	ptKeywordNS:       {hlKeyword, []string{"k", "kn"}},
	ptName:            {hlText, []string{"n"}},
	ptBuiltin:         {hlBuiltin, []string{"n", "nb"}},
	ptBuiltinPseudo:   {hlBuiltin, []string{"n", "nb", "bp"}},
	ptException:       {hlException, []string{"n", "ne"}},
	ptFunction:        {hlFunction, []string{"n", "nf"}},
	ptFunctionMagic:   {hlFunction, []string{"n", "nf", "fm"}},
	ptVariableMagic:   {hlMagicVar, []string{"n", "nv", "vm"}},
	ptClass:           {hlClassName, []string{"n", "nc"}},
	ptNamespace:       {hlClassName, []string{"n", "nn"}},
	ptDecorator:       {hlDecorator, []string{"n", "nd"}},
	ptOperator:        {hlOperator, []string{"o"}},
	ptOperatorWord:    {hlOperatorWord, []string{"o", "ow"}},
	ptPunctuation:     {hlText, []string{"p"}},
	ptNumberFloat:     {hlNumber, []string{"l", "m", "mf"}},
	ptNumberInteger:   {hlNumber, []string{"l", "m", "mi"}},
	ptNumberOct:       {hlNumber, []string{"l", "m", "mo"}},
	ptNumberBin:       {hlNumber, []string{"l", "m", "mb"}},
	ptNumberHex:       {hlNumber, []string{"l", "m", "mh"}},
	ptStringAffix:     {hlString, []string{"l", "s", "sa"}},
	ptStringSingle:    {hlString, []string{"l", "s", "s1"}},
	ptStringDouble:    {hlString, []string{"l", "s", "s2"}},
	ptStringDoc:       {hlDoc, []string{"l", "s", "sd"}},
	ptStringEscape:    {hlEscape, []string{"l", "s", "se"}},
	ptStringInterpol:  {hlInterpol, []string{"l", "s", "si"}},
	ptCommentSingle:   {hlComment, []string{"c", "c1"}},
	ptCommentHashbang: {hlComment, []string{"c", "ch"}},
}

// htmlClass is the CSS class pygments' HTML formatter gives t ("" for
// plain text, which gets no <span>).
func (t tokType) htmlClass() string {
	n := tokInfo[t].names
	return n[len(n)-1]
}

// latexName is the style name pygments' LaTeX formatter gives t: the short
// names of t and its ancestors joined by "+".
func (t tokType) latexName() string {
	s := ""
	for i, n := range tokInfo[t].names {
		if i > 0 {
			s += "+"
		}
		s += n
	}
	return s
}
