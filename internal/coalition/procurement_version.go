package coalition

// CheckVersion is optimistic concurrency for an edit of what (a type name)
// id, whose stored version is current: the edit goes ahead only when the
// editor saw that version. A nil expected skips the check, for operations
// whose schema keeps expectedVersion optional; the store must still write
// conditionally on current (UPDATE ... WHERE version = current) so that two
// edits that both pass here cannot both land.
//
// Errors: BAD_USER_INPUT when expected is below 1; CONFLICT, saying the
// current version, when it differs.
func CheckVersion(what, id string, current int, expected *int) error {
	if expected == nil {
		return nil
	}
	if *expected < 1 {
		return Invalid("expectedVersion", "must be 1 or more")
	}
	if *expected != current {
		return Conflict("%s %s is at version %d, not %d: someone changed it first; reload it and try again", what, id, current, *expected)
	}
	return nil
}
