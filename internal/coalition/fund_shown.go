package coalition

// The fund's totals as the API shows them: null where disclosure control
// withholds them from the viewer (Fund.Withheld).

// PledgedShown is the pledged total, or nil when withheld.
func (f Fund) PledgedShown() *Money { return f.shown(FigurePledged, f.Pledged) }

// ReceivedShown is the received total, or nil when withheld.
func (f Fund) ReceivedShown() *Money { return f.shown(FigureReceived, f.Received) }

// CommittedShown is the committed total, or nil when withheld.
func (f Fund) CommittedShown() *Money { return f.shown(FigureCommitted, f.Committed) }

// AvailableShown is the available total, or nil when withheld.
func (f Fund) AvailableShown() *Money { return f.shown(FigureAvailable, f.Available) }

// InKindShown is the in-kind total, or nil when withheld.
func (f Fund) InKindShown() *Money { return f.shown(FigureInKind, f.InKind) }

func (f Fund) shown(name string, m Money) *Money {
	if f.Withheld[name] {
		return nil
	}
	return &m
}

// The names of the fund's figures, as Disclose reads them.
const (
	FigurePledged   = "pledged"
	FigureReceived  = "received"
	FigureCommitted = "committed"
	FigureAvailable = "available"
	FigureInKind    = "inKind"
)
