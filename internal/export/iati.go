package export

import (
	"context"
	"encoding/xml"
	"net/http"
	"net/url"
	"time"

	"github.com/itcoalition/api/internal/coalition"
	"github.com/itcoalition/api/internal/service"
)

// Org is the organisation that reports the IATI file.
type Org struct {
	// Ref is its IATI organisation identifier ({agency}-{number}); every
	// activity identifier starts with it.
	Ref string
	// Name is shown as its narrative.
	Name string
	// Type is a code of IATI's OrganisationType list (40: multilateral).
	Type string
}

// DefaultOrg stands in until the coalition registers an IATI organisation
// identifier of its own, which replaces Ref.
var DefaultOrg = Org{Ref: "XI-IATI-ITC", Name: "IT Coalition for Ukraine", Type: "40"}

// IATI codes this file uses (IATI standard 2.03 codelists).
const (
	iatiVersion = "2.03"
	// TransactionType.
	txIncomingFunds      = "1"
	txOutgoingCommitment = "2"
	txIncomingCommitment = "11"
	txIncomingPledge     = "13"
	// ActivityStatus 2: implementation; ActivityDateType 2: actual start;
	// OrganisationRole 2: accountable; SectorVocabulary 1: OECD DAC 5-digit
	// purpose codes, 99: the reporting organisation's own.
	activityImplementation = "2"
	dateActualStart        = "2"
	roleAccountable        = "2"
	vocabularyDAC          = "1"
	vocabularyOwn          = "99"
)

// Sectors maps each capability area to its OECD DAC 5-digit purpose code:
// communications equipment to 22020 (telecommunications); data centres,
// IT architecture and cybersecurity to 22040 (information and
// communication technology). Unearmarked money serves all four areas and
// is reported under 22040, the purpose of the coalition as a whole.
var Sectors = map[coalition.CapabilityArea]string{
	coalition.Communications: "22020",
	coalition.DataCentres:    "22040",
	coalition.ITArchitecture: "22040",
	coalition.Cybersecurity:  "22040",
}

const unearmarkedSector = "22040"

// pool is one activity of the file: the money of one capability area, or
// the unearmarked money when area is nil.
type pool struct{ area *coalition.CapabilityArea }

func (p pool) code() string {
	if p.area == nil {
		return "UNEARMARKED"
	}
	return string(*p.area)
}

func (p pool) title() string {
	if p.area == nil {
		return "unearmarked money"
	}
	return areaNames[*p.area]
}

func (p pool) sector() string {
	if p.area == nil {
		return unearmarkedSector
	}
	return Sectors[*p.area]
}

func (p pool) holds(a *coalition.CapabilityArea) bool {
	return (p.area == nil && a == nil) || (p.area != nil && a != nil && *p.area == *a)
}

var areaNames = map[coalition.CapabilityArea]string{
	coalition.Communications: "communications",
	coalition.DataCentres:    "data centres",
	coalition.ITArchitecture: "IT architecture",
	coalition.Cybersecurity:  "cybersecurity",
}

func pools() []pool {
	out := make([]pool, 0, len(coalition.Areas)+1)
	for i := range coalition.Areas {
		out = append(out, pool{&coalition.Areas[i]})
	}
	return append(out, pool{})
}

// XML elements.

type narrative struct {
	Text string `xml:",chardata"`
}

type text struct {
	Narrative []narrative `xml:"narrative"`
}

func say(s string) text { return text{[]narrative{{s}}} }

type org struct {
	Ref       string      `xml:"ref,attr,omitempty"`
	Type      string      `xml:"type,attr,omitempty"`
	Role      string      `xml:"role,attr,omitempty"`
	Narrative []narrative `xml:"narrative"`
}

type code struct {
	Code string `xml:"code,attr"`
}

type isoDate struct {
	Type    string `xml:"type,attr,omitempty"`
	ISODate string `xml:"iso-date,attr"`
}

type country struct {
	Code       string `xml:"code,attr"`
	Percentage string `xml:"percentage,attr"`
}

type sector struct {
	Vocabulary string      `xml:"vocabulary,attr"`
	Code       string      `xml:"code,attr"`
	Percentage string      `xml:"percentage,attr"`
	Narrative  []narrative `xml:"narrative,omitempty"`
}

type value struct {
	Currency  string `xml:"currency,attr"`
	ValueDate string `xml:"value-date,attr"`
	Amount    string `xml:",chardata"`
}

type transaction struct {
	XMLName     xml.Name `xml:"transaction"`
	Ref         string   `xml:"ref,attr"`
	Type        code     `xml:"transaction-type"`
	Date        isoDate  `xml:"transaction-date"`
	Value       value    `xml:"value"`
	Description text     `xml:"description"`
	Provider    *org     `xml:"provider-org,omitempty"`
	Receiver    *org     `xml:"receiver-org,omitempty"`
}

func day(t time.Time) string { return t.UTC().Format(time.DateOnly) }

func eur(m coalition.Money, at time.Time) value {
	return value{Currency: "EUR", ValueDate: day(at), Amount: m.String()}
}

// iatiXML is the IATI activity file (standard 2.03): one activity per pool
// of money, with the incoming pledges, commitments and funds and the
// outgoing commitments the viewer may see.
type iatiXML struct{}

func (iatiXML) contentType() string { return "application/xml; charset=utf-8" }

// iatiView is what the viewer may read, asked once per file.
type iatiView struct {
	contributions bool // Contribution read: incoming transactions
	orders        bool // Order read and Order.amount: outgoing commitments
	suppliers     bool // Order.supplier: the receiver of a commitment
	nations       map[string]string
	start         time.Time
}

func (x iatiXML) serve(e *exporter, w http.ResponseWriter, r *http.Request, q url.Values) {
	for k := range q {
		e.Fail(w, r, coalition.Invalid(k, "is not a parameter of iati.xml (it takes none)"))
		return
	}
	ctx := r.Context()
	v := iatiView{
		contributions: e.Source.FieldAllowed(ctx, "Contribution"),
		orders:        e.Source.FieldAllowed(ctx, "Order") && e.Source.FieldAllowed(ctx, "Order.amount"),
		suppliers:     e.Source.FieldAllowed(ctx, "Order.supplier"),
		nations:       map[string]string{},
	}
	// The nations (a registry of at most the world's countries) name the
	// providers of incoming money; the first to join dates the start.
	ns := paged(e, func(ctx context.Context, args service.PageArgs) (coalition.List[coalition.Nation], error) {
		return e.Source.Nations(ctx, coalition.NationFilter{}, args)
	})
	for {
		page, ok, err := ns.next(ctx)
		if err != nil {
			e.Fail(w, r, err)
			return
		}
		if !ok {
			break
		}
		for _, n := range page {
			v.nations[n.Code] = n.Name
			if v.start.IsZero() || n.JoinedAt.Before(v.start) {
				v.start = n.JoinedAt
			}
		}
	}
	s := e.start(w, r, x.contentType(), "iati.xml")
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	fail := func(err error) {
		if err != nil {
			s.abort(err)
		}
	}
	_, err := w.Write([]byte(xml.Header))
	fail(err)
	root := xml.StartElement{Name: xml.Name{Local: "iati-activities"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "version"}, Value: iatiVersion},
		{Name: xml.Name{Local: "generated-datetime"}, Value: time.Now().UTC().Format(time.RFC3339)},
	}}
	fail(enc.EncodeToken(root))
	for _, p := range pools() {
		fail(x.activity(ctx, e, enc, s, v, p))
	}
	fail(enc.EncodeToken(root.End()))
	fail(enc.Flush())
	_, err = w.Write([]byte("\n"))
	fail(err)
}

// activity writes one pool's activity: its description, then its
// transactions page by page.
func (iatiXML) activity(ctx context.Context, e *exporter, enc *xml.Encoder, s *stream, v iatiView, p pool) error {
	o := e.Org
	start := xml.StartElement{Name: xml.Name{Local: "iati-activity"}, Attr: []xml.Attr{
		{Name: xml.Name{Local: "xml:lang"}, Value: "en"},
		{Name: xml.Name{Local: "default-currency"}, Value: "EUR"},
		{Name: xml.Name{Local: "hierarchy"}, Value: "1"},
	}}
	sectors := []sector{{Vocabulary: vocabularyDAC, Code: p.sector(), Percentage: "100"}}
	if p.area != nil {
		sectors = append(sectors, sector{Vocabulary: vocabularyOwn, Code: p.code(), Percentage: "100", Narrative: []narrative{{areaNames[*p.area]}}})
	}
	els := []struct {
		name string
		v    any
	}{
		{"iati-identifier", o.Ref + "-" + p.code()},
		{"reporting-org", org{Ref: o.Ref, Type: o.Type, Narrative: []narrative{{o.Name}}}},
		{"title", say(o.Name + ": " + p.title())},
		{"description", say("Money the coalition's nations gave for " + p.title() + " for Ukraine's Ministry of Defence, and the orders it committed.")},
		{"participating-org", org{Ref: o.Ref, Type: o.Type, Role: roleAccountable, Narrative: []narrative{{o.Name}}}},
		{"activity-status", code{activityImplementation}},
		{"activity-date", isoDate{Type: dateActualStart, ISODate: day(v.start)}},
		{"recipient-country", country{Code: "UA", Percentage: "100"}},
	}
	if err := enc.EncodeToken(start); err != nil {
		return err
	}
	for _, el := range els {
		if err := enc.EncodeElement(el.v, xml.StartElement{Name: xml.Name{Local: el.name}}); err != nil {
			return err
		}
	}
	for _, sc := range sectors {
		if err := enc.EncodeElement(sc, xml.StartElement{Name: xml.Name{Local: "sector"}}); err != nil {
			return err
		}
	}
	if v.contributions {
		if err := incoming(ctx, e, enc, s, v, p); err != nil {
			return err
		}
	}
	if v.orders {
		if err := outgoing(ctx, e, enc, s, v, p); err != nil {
			return err
		}
	}
	return enc.EncodeToken(start.End())
}

// each reads a list page by page and hands every row to fn, flushing the
// encoder after each page.
func each[T any](ctx context.Context, e *exporter, enc *xml.Encoder, s *stream, list func(ctx context.Context, args service.PageArgs) (coalition.List[T], error), fn func(*T) error) error {
	ps := paged(e, list)
	for {
		rows, ok, err := ps.next(ctx)
		if err != nil || !ok {
			return err
		}
		for i := range rows {
			if err := fn(&rows[i]); err != nil {
				return err
			}
		}
		if err := enc.Flush(); err != nil {
			return err
		}
		s.page(len(rows))
	}
}

// incoming writes the pool's financial contributions: a pledge still a
// promise as an incoming pledge (13); one that was honoured as an incoming
// commitment (11), dated by the signing of its agreement (by its pledge
// when it has none: received before agreements were kept), and, once
// received, the money as incoming funds (1). Cancelled pledges and in-kind
// contributions carry no money and are left out.
func incoming(ctx context.Context, e *exporter, enc *xml.Encoder, s *stream, v iatiView, p pool) error {
	f := coalition.ContributionFilter{Earmark: p.area, Kind: ptr(coalition.Financial)}
	// The agreements of each page, read with it.
	var signed map[string]coalition.Commitment
	return each(ctx, e, enc, s, func(ctx context.Context, args service.PageArgs) (coalition.List[coalition.Contribution], error) {
		l, err := e.Source.Contributions(ctx, f, nil, args)
		if err != nil {
			return l, err
		}
		signed, err = e.Source.Commitments(ctx, l.Items)
		return l, err
	}, func(c *coalition.Contribution) error {
		if !p.holds(c.Earmark) {
			return nil
		}
		provider := &org{Narrative: []narrative{{nationName(v, c.NationCode)}}}
		var txs []transaction
		switch c.Status {
		case coalition.Pledged:
			txs = append(txs, transaction{Type: code{txIncomingPledge}, Date: isoDate{ISODate: day(c.PledgedAt)},
				Value: eur(c.EurAmount, c.PledgedAt), Description: say("Pledge of " + provider.Narrative[0].Text)})
		case coalition.ContributionCommitted, coalition.Received:
			on := c.PledgedAt
			if cm, ok := signed[c.ID]; ok {
				on = cm.SignedOn
			}
			txs = append(txs, transaction{Type: code{txIncomingCommitment}, Date: isoDate{ISODate: day(on)},
				Value: eur(c.EurAmount, on), Description: say("Commitment of " + provider.Narrative[0].Text)})
		}
		if c.Status == coalition.Received && c.ReceivedEur != nil && c.ReceivedAt != nil {
			txs = append(txs, transaction{Type: code{txIncomingFunds}, Date: isoDate{ISODate: day(*c.ReceivedAt)},
				Value: eur(*c.ReceivedEur, *c.ReceivedAt), Description: say("Money received from " + provider.Narrative[0].Text)})
		}
		for _, tx := range txs {
			tx.Ref, tx.Provider = c.ID, provider
			if err := enc.Encode(tx); err != nil {
				return err
			}
		}
		return nil
	})
}

// outgoing writes the pool's share of each order that commits money
// (placed or delivered) as an outgoing commitment (2) on the day it was
// placed; an order drawn on several pools shows in each with its draw.
func outgoing(ctx context.Context, e *exporter, enc *xml.Encoder, s *stream, v iatiView, p pool) error {
	for _, st := range coalition.CommittingOrderStatuses {
		f := coalition.OrderFilter{Status: &st}
		err := each(ctx, e, enc, s, func(ctx context.Context, args service.PageArgs) (coalition.List[coalition.Order], error) {
			return e.Source.Orders(ctx, f, args)
		}, func(o *coalition.Order) error {
			if o.PlacedAt == nil {
				return nil
			}
			draws := o.Draws
			if len(draws) == 0 {
				draws = []coalition.Draw{{Area: &o.Area, Amount: o.Amount}}
			}
			for _, d := range draws {
				if !p.holds(d.Area) || d.Amount <= 0 {
					continue
				}
				tx := transaction{Ref: o.ID, Type: code{txOutgoingCommitment}, Date: isoDate{ISODate: day(*o.PlacedAt)},
					Value: eur(d.Amount, *o.PlacedAt), Description: say("Order " + o.ID + " for Ukraine's Ministry of Defence")}
				if v.suppliers && o.Supplier != "" {
					tx.Receiver = &org{Narrative: []narrative{{o.Supplier}}}
				}
				if err := enc.Encode(tx); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func nationName(v iatiView, code string) string {
	if n, ok := v.nations[code]; ok && n != "" {
		return n
	}
	return code
}

func ptr[T any](v T) *T { return &v }
