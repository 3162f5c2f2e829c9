package model

// Irreversible reports whether a move of kind k cannot simply be taken
// back, so that every front end asks for it with what will happen and one
// click on a wrong button changes nothing: from "Abschluss und Evaluation"
// there is no way back into the loop but closing and reopening the case,
// and closing makes the closure record read-only.
func (k TransitionKind) Irreversible() bool {
	return k == KindCloseRegular || k == KindClosePremature || k == KindFinish
}
