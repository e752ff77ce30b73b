package coalition

import "time"

// PersonStatus says whether a person may use the API.
type PersonStatus string

// Person statuses.
const (
	PersonActive    PersonStatus = "ACTIVE"
	PersonSuspended PersonStatus = "SUSPENDED"
)

// Person is someone who used the API: an issuer and a subject, since two
// identity providers may give the same subject to different people. Nation
// and Role are those of the person's latest recorded request.
type Person struct {
	Issuer    string
	Sub       string
	Nation    string
	Role      string
	Status    PersonStatus
	FirstSeen time.Time
	LastSeen  time.Time
	// Reason is why the person was last suspended or reinstated.
	Reason *string
}

// PersonFilter narrows a list of people; nil Nations is every nation, an
// empty one none.
type PersonFilter struct {
	Nations []string
}

// SeenEvery is how old a person's last use may grow before a request
// records it again, so that requests do not each write.
const SeenEvery = time.Minute

// Signer is p as the signer of a step.
func (p Person) Signer() Signer { return Signer{Issuer: p.Issuer, Sub: p.Sub, Nation: p.Nation} }

// Seen is p after a request at at with nation and role, and whether that
// is worth writing: a new person, another nation or role, or a last use
// older than SeenEvery.
func (p Person) Seen(nation, role string, at time.Time) (Person, bool) {
	if p.Status == "" {
		p.Status, p.FirstSeen = PersonActive, at
		p.Nation, p.Role, p.LastSeen = nation, role, at
		return p, true
	}
	if p.Nation == nation && p.Role == role && at.Sub(p.LastSeen) < SeenEvery {
		return p, false
	}
	p.Nation, p.Role, p.LastSeen = nation, role, at
	return p, true
}

// Suspend stops p: its next request is refused whatever its token says.
func (p Person) Suspend(reason string) (Person, error) {
	r, err := Text("reason", reason, 500, false)
	if err != nil {
		return p, err
	}
	if p.Status != PersonActive {
		return p, Conflict("this person is already %s", p.Status)
	}
	p.Status, p.Reason = PersonSuspended, &r
	return p, nil
}

// Reinstate lifts p's suspension.
func (p Person) Reinstate(reason string) (Person, error) {
	r, err := Text("reason", reason, 500, false)
	if err != nil {
		return p, err
	}
	if p.Status != PersonSuspended {
		return p, Conflict("this person is not suspended")
	}
	p.Status, p.Reason = PersonActive, &r
	return p, nil
}
