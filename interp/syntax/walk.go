package syntax

// This file provides generic traversal of syntax trees.

// Children returns the direct child nodes of n in field order (nil
// optional children are skipped). Operator and context values are not
// nodes and are not returned.
func Children(n Node) []Node {
	_, fields, _ := describe(n)
	var out []Node
	for _, f := range fields {
		out = appendChildren(out, f.val)
	}
	return out
}

func appendChildren(out []Node, v any) []Node {
	switch v := v.(type) {
	case leaf, rawRepr, nil:
	case Node:
		out = append(out, v)
	case []any:
		for _, x := range v {
			out = appendChildren(out, x)
		}
	}
	return out
}

// Inspect traverses the tree rooted at n depth-first, calling f for each
// node; when f returns false the node's children are skipped.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	for _, c := range Children(n) {
		Inspect(c, f)
	}
}
