//go:build probe

// Probes of FerretDB v1 (SQLite backend) behaviour as seen through
// go.mongodb.org/mongo-driver/v2. Not a regression test: it records findings
// (lines starting with "FINDING") and only fails when the probe itself breaks.
//
//	go test -tags probe -run Probe -v ./internal/embedded/
package embedded

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/event"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	_ "modernc.org/sqlite" // same driver and version FerretDB uses, for the PRAGMA probe
)

func finding(t *testing.T, format string, args ...any) {
	t.Helper()
	t.Logf("FINDING "+format, args...)
}

// probeEnv starts a Store in a fresh directory and connects a client.
func probeEnv(t *testing.T, opts ...*options.ClientOptions) (*Store, *mongo.Client) {
	t.Helper()

	s := startStore(t, testDir(t))

	o := options.Client().ApplyURI(s.URI()).SetTimeout(60 * time.Second)
	for _, x := range opts {
		if x.Monitor != nil {
			o.SetMonitor(x.Monitor)
		}
	}

	c, err := mongo.Connect(o)
	if err != nil {
		t.Fatal(err)
	}

	t.Cleanup(func() { _ = c.Disconnect(context.Background()) })

	return s, c
}

// concurrently runs f(i) for i in [0,n) from n goroutines released at once.
func concurrently(n int, f func(i int)) {
	var ready, done sync.WaitGroup
	start := make(chan struct{})

	ready.Add(n)
	done.Add(n)

	for i := range n {
		go func() {
			defer done.Done()
			ready.Done()
			<-start
			f(i)
		}()
	}

	ready.Wait()
	close(start)
	done.Wait()
}

func errCode(err error) int {
	var we mongo.WriteException
	if errors.As(err, &we) && len(we.WriteErrors) > 0 {
		return we.WriteErrors[0].Code
	}

	var ce mongo.CommandError
	if errors.As(err, &ce) {
		return int(ce.Code)
	}

	return 0
}

func TestProbeA_UniqueIndexes(t *testing.T) {
	ctx := t.Context()
	_, c := probeEnv(t)
	coll := c.Database("probe").Collection("uniq")

	name, err := coll.Indexes().CreateOne(ctx, mongo.IndexModel{
		Keys:    bson.D{{Key: "email", Value: 1}},
		Options: options.Index().SetUnique(true),
	})
	finding(t, "a: create unique index: name=%q err=%v", name, err)

	if _, err = coll.InsertOne(ctx, bson.D{{Key: "_id", Value: 1}, {Key: "email", Value: "x@y"}}); err != nil {
		t.Fatal(err)
	}

	_, err = coll.InsertOne(ctx, bson.D{{Key: "_id", Value: 2}, {Key: "email", Value: "x@y"}})
	finding(t, "a: duplicate unique key insert: IsDuplicateKeyError=%v code=%d err=%v",
		mongo.IsDuplicateKeyError(err), errCode(err), err)

	_, err = coll.InsertOne(ctx, bson.D{{Key: "_id", Value: 1}, {Key: "email", Value: "other@y"}})
	finding(t, "a: duplicate _id insert: IsDuplicateKeyError=%v code=%d err=%v",
		mongo.IsDuplicateKeyError(err), errCode(err), err)

	_, err = coll.UpdateOne(ctx, bson.D{{Key: "_id", Value: 3}},
		bson.D{{Key: "$set", Value: bson.D{{Key: "email", Value: "x@y"}}}}, options.UpdateOne().SetUpsert(true))
	finding(t, "a: upsert creating a duplicate unique key: IsDuplicateKeyError=%v code=%d err=%v",
		mongo.IsDuplicateKeyError(err), errCode(err), err)

	if _, err = coll.InsertOne(ctx, bson.D{{Key: "_id", Value: 4}, {Key: "email", Value: "four@y"}}); err != nil {
		t.Fatal(err)
	}

	_, err = coll.UpdateOne(ctx, bson.D{{Key: "_id", Value: 4}}, bson.D{{Key: "$set", Value: bson.D{{Key: "email", Value: "x@y"}}}})
	finding(t, "a: update changing unique key to an existing value: IsDuplicateKeyError=%v code=%d err=%v",
		mongo.IsDuplicateKeyError(err), errCode(err), err)

	const rounds, n = 10, 20

	for _, tc := range []struct {
		name string
		doc  func(round, i int) bson.D
	}{
		{"same unique email, distinct _id", func(r, i int) bson.D {
			return bson.D{{Key: "_id", Value: fmt.Sprintf("r%d-%d", r, i)}, {Key: "email", Value: fmt.Sprintf("race%d@y", r)}}
		}},
		{"same _id", func(r, i int) bson.D {
			return bson.D{{Key: "_id", Value: fmt.Sprintf("same-%d", r)}, {Key: "email", Value: fmt.Sprintf("e%d-%d@y", r, i)}}
		}},
	} {
		var dist []string

		for r := range rounds {
			var ok, dup, other atomic.Int32
			var otherErr atomic.Value

			concurrently(n, func(i int) {
				_, err := coll.InsertOne(ctx, tc.doc(r, i))
				switch {
				case err == nil:
					ok.Add(1)
				case mongo.IsDuplicateKeyError(err):
					dup.Add(1)
				default:
					other.Add(1)
					otherErr.Store(err.Error())
				}
			})

			dist = append(dist, fmt.Sprintf("ok=%d/dup=%d/other=%d", ok.Load(), dup.Load(), other.Load()))
			if e := otherErr.Load(); e != nil {
				finding(t, "a: %s: non-duplicate error: %v", tc.name, e)
			}
		}

		finding(t, "a: %d concurrent inserts, %s, %d rounds: %s", n, tc.name, rounds, strings.Join(dist, " "))
	}
}

type qdoc struct {
	ID   int32    `bson:"_id"`
	A    int32    `bson:"a"`
	B    int64    `bson:"b"`
	S    string   `bson:"s"`
	Opt  *int32   `bson:"opt,omitempty"`
	Tags []string `bson:"tags"`
}

func queryDocs() []qdoc {
	docs := make([]qdoc, 60)

	for i := range docs {
		d := qdoc{
			ID:   int32(i),
			A:    int32(i % 5),
			B:    int64(i) * 10_000_000_000, // well beyond int32
			S:    fmt.Sprintf("name-%02d", i),
			Tags: []string{"t" + strconv.Itoa(i%3), "all"},
		}

		if i%2 == 0 {
			v := int32(i)
			d.Opt = &v
		}

		docs[i] = d
	}

	return docs
}

func seedQueryColl(t *testing.T, c *mongo.Client) (*mongo.Collection, []qdoc) {
	t.Helper()

	coll := c.Database("probe").Collection("q")
	docs := queryDocs()

	if _, err := coll.InsertMany(t.Context(), docs); err != nil {
		t.Fatal(err)
	}

	return coll, docs
}

func ids(docs []qdoc) []int32 {
	res := make([]int32, len(docs))
	for i, d := range docs {
		res[i] = d.ID
	}

	return res
}

func filterDocs(docs []qdoc, keep func(qdoc) bool) []int32 {
	var res []int32

	for _, d := range docs {
		if keep(d) {
			res = append(res, d.ID)
		}
	}

	return res
}

func TestProbeB_Queries(t *testing.T) {
	ctx := t.Context()
	_, c := probeEnv(t)
	coll, docs := seedQueryColl(t, c)

	name, err := coll.Indexes().CreateOne(ctx, mongo.IndexModel{Keys: bson.D{{Key: "a", Value: 1}, {Key: "b", Value: -1}}})
	finding(t, "b: create compound index {a:1,b:-1}: name=%q err=%v", name, err)

	sorted := slices.Clone(docs)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].A != sorted[j].A {
			return sorted[i].A < sorted[j].A
		}
		return sorted[i].B > sorted[j].B
	})

	rx := regexp.MustCompile(`^name-1[0-4]$`)

	for _, tc := range []struct {
		name    string
		filter  bson.D
		opts    *options.FindOptionsBuilder
		ordered bool // compare in order, else as sets
		want    []int32
	}{
		{
			name:    "sort{a:1,b:-1}+skip5+limit10",
			filter:  bson.D{},
			opts:    options.Find().SetSort(bson.D{{Key: "a", Value: 1}, {Key: "b", Value: -1}}).SetSkip(5).SetLimit(10),
			ordered: true,
			want:    ids(sorted[5:15]),
		},
		{
			name:   "$in",
			filter: bson.D{{Key: "a", Value: bson.D{{Key: "$in", Value: bson.A{1, 3}}}}},
			want:   filterDocs(docs, func(d qdoc) bool { return d.A == 1 || d.A == 3 }),
		},
		{
			name: "$or",
			filter: bson.D{{Key: "$or", Value: bson.A{
				bson.D{{Key: "a", Value: 0}},
				bson.D{{Key: "s", Value: "name-07"}},
			}}},
			want: filterDocs(docs, func(d qdoc) bool { return d.A == 0 || d.S == "name-07" }),
		},
		{
			name: "$and",
			filter: bson.D{{Key: "$and", Value: bson.A{
				bson.D{{Key: "a", Value: bson.D{{Key: "$gte", Value: 2}}}},
				bson.D{{Key: "b", Value: bson.D{{Key: "$lt", Value: int64(300_000_000_000)}}}},
			}}},
			want: filterDocs(docs, func(d qdoc) bool { return d.A >= 2 && d.B < 300_000_000_000 }),
		},
		{
			name:   "$exists:true",
			filter: bson.D{{Key: "opt", Value: bson.D{{Key: "$exists", Value: true}}}},
			want:   filterDocs(docs, func(d qdoc) bool { return d.Opt != nil }),
		},
		{
			name:   "$exists:false",
			filter: bson.D{{Key: "opt", Value: bson.D{{Key: "$exists", Value: false}}}},
			want:   filterDocs(docs, func(d qdoc) bool { return d.Opt == nil }),
		},
		{
			name:   "$ne",
			filter: bson.D{{Key: "a", Value: bson.D{{Key: "$ne", Value: 2}}}},
			want:   filterDocs(docs, func(d qdoc) bool { return d.A != 2 }),
		},
		{
			name:   "$gt int64",
			filter: bson.D{{Key: "b", Value: bson.D{{Key: "$gt", Value: int64(400_000_000_000)}}}},
			want:   filterDocs(docs, func(d qdoc) bool { return d.B > 400_000_000_000 }),
		},
		{
			name:   "$gt int32 operand vs int64 field",
			filter: bson.D{{Key: "b", Value: bson.D{{Key: "$gt", Value: int32(5)}}}},
			want:   filterDocs(docs, func(d qdoc) bool { return d.B > 5 }),
		},
		{
			name:   "equality int64 on int64 field",
			filter: bson.D{{Key: "b", Value: int64(70_000_000_000)}},
			want:   []int32{7},
		},
		{
			name:   "$regex",
			filter: bson.D{{Key: "s", Value: bson.D{{Key: "$regex", Value: `^name-1[0-4]$`}}}},
			want:   filterDocs(docs, func(d qdoc) bool { return rx.MatchString(d.S) }),
		},
		{
			name:   "$regex with i option",
			filter: bson.D{{Key: "s", Value: bson.D{{Key: "$regex", Value: `^NAME-0[0-2]$`}, {Key: "$options", Value: "i"}}}},
			want:   []int32{0, 1, 2},
		},
		{
			name:   "array element equality",
			filter: bson.D{{Key: "tags", Value: "t1"}},
			want:   filterDocs(docs, func(d qdoc) bool { return d.Tags[0] == "t1" }),
		},
	} {
		cur, err := coll.Find(ctx, tc.filter, tc.opts)
		if err != nil {
			finding(t, "b: %-36s UNSUPPORTED/ERROR: %v", tc.name, err)
			continue
		}

		var got []qdoc
		if err = cur.All(ctx, &got); err != nil {
			finding(t, "b: %-36s cursor ERROR: %v", tc.name, err)
			continue
		}

		g := ids(got)
		w := slices.Clone(tc.want)

		if !tc.ordered {
			slices.Sort(g)
			slices.Sort(w)
		}

		if slices.Equal(g, w) {
			finding(t, "b: %-36s OK (%d docs)", tc.name, len(g))
		} else {
			finding(t, "b: %-36s WRONG: got %v want %v", tc.name, g, w)
		}
	}

	// How much FerretDB pushes down to SQLite.
	for _, f := range []bson.D{
		{{Key: "_id", Value: "some-string"}},
		{{Key: "_id", Value: bson.NewObjectID()}},
		{{Key: "_id", Value: "some-string"}, {Key: "version", Value: int32(3)}},
		{{Key: "_id", Value: int32(7)}},
		{{Key: "a", Value: int32(1)}},
		{{Key: "b", Value: bson.D{{Key: "$gt", Value: int64(1)}}}},
	} {
		var res bson.M

		err := c.Database("probe").RunCommand(ctx, bson.D{
			{Key: "explain", Value: bson.D{{Key: "find", Value: "q"}, {Key: "filter", Value: f}, {Key: "sort", Value: bson.D{{Key: "a", Value: 1}}}}},
		}).Decode(&res)

		finding(t, "b: explain find %v sort{a:1}: filterPushdown=%v sortPushdown=%v limitPushdown=%v sqlitePlan=%v err=%v",
			f, res["filterPushdown"], res["sortPushdown"], res["limitPushdown"], res["queryPlanner"], err)
	}
}

func TestProbeC_Aggregation(t *testing.T) {
	ctx := t.Context()
	_, c := probeEnv(t)
	coll, docs := seedQueryColl(t, c)

	wantSums := map[int32]int64{}
	for _, d := range docs {
		wantSums[d.A] += d.B
	}

	for _, tc := range []struct {
		name     string
		pipeline bson.A
		check    func([]bson.M) string // "" if OK
	}{
		{
			name:     "$match",
			pipeline: bson.A{bson.D{{Key: "$match", Value: bson.D{{Key: "a", Value: 1}}}}},
			check:    wantLen(12),
		},
		{
			name: "$group $sum:int32(1) only",
			pipeline: bson.A{bson.D{{Key: "$group", Value: bson.D{
				{Key: "_id", Value: "$a"},
				{Key: "n", Value: bson.D{{Key: "$sum", Value: int32(1)}}},
			}}}},
			check: groupField("n", func(int32) any { return int32(12) }),
		},
		{
			name: "$group $sum:int64(1) only",
			pipeline: bson.A{bson.D{{Key: "$group", Value: bson.D{
				{Key: "_id", Value: "$a"},
				{Key: "n", Value: bson.D{{Key: "$sum", Value: int64(1)}}},
			}}}},
			check: groupField("n", func(int32) any { return int64(12) }),
		},
		{
			name: "$group $sum:\"$b\" only",
			pipeline: bson.A{bson.D{{Key: "$group", Value: bson.D{
				{Key: "_id", Value: "$a"},
				{Key: "total", Value: bson.D{{Key: "$sum", Value: "$b"}}},
			}}}},
			check: groupField("total", func(k int32) any { return wantSums[k] }),
		},
		{
			name: "$group $sum:\"$b\" then $sum:1",
			pipeline: bson.A{bson.D{{Key: "$group", Value: bson.D{
				{Key: "_id", Value: "$a"},
				{Key: "total", Value: bson.D{{Key: "$sum", Value: "$b"}}},
				{Key: "n", Value: bson.D{{Key: "$sum", Value: int32(1)}}},
			}}}},
			check: func(res []bson.M) string {
				return groupField("total", func(k int32) any { return wantSums[k] })(res) +
					groupField("n", func(int32) any { return int32(12) })(res)
			},
		},
		{
			name: "$group $sum:1 then $sum:\"$b\"",
			pipeline: bson.A{bson.D{{Key: "$group", Value: bson.D{
				{Key: "_id", Value: "$a"},
				{Key: "n", Value: bson.D{{Key: "$sum", Value: int32(1)}}},
				{Key: "total", Value: bson.D{{Key: "$sum", Value: "$b"}}},
			}}}},
			check: func(res []bson.M) string {
				return groupField("total", func(k int32) any { return wantSums[k] })(res) +
					groupField("n", func(int32) any { return int32(12) })(res)
			},
		},
		{
			name: "$sort+$limit",
			pipeline: bson.A{
				bson.D{{Key: "$sort", Value: bson.D{{Key: "b", Value: -1}}}},
				bson.D{{Key: "$limit", Value: 3}},
			},
			check: wantIDs(59, 58, 57),
		},
		{
			name: "$sort two fields+$skip+$limit",
			pipeline: bson.A{
				bson.D{{Key: "$sort", Value: bson.D{{Key: "a", Value: -1}, {Key: "_id", Value: 1}}}},
				bson.D{{Key: "$skip", Value: 2}},
				bson.D{{Key: "$limit", Value: 3}},
			},
			check: wantIDs(14, 19, 24),
		},
		{
			name: "$match+$count",
			pipeline: bson.A{
				bson.D{{Key: "$match", Value: bson.D{{Key: "a", Value: bson.D{{Key: "$in", Value: bson.A{1, 2}}}}}}},
				bson.D{{Key: "$count", Value: "n"}},
			},
			check: func(res []bson.M) string {
				if len(res) != 1 || res[0]["n"] != int32(24) {
					return fmt.Sprintf("%v", res)
				}
				return ""
			},
		},
		{
			name: "$project",
			pipeline: bson.A{
				bson.D{{Key: "$match", Value: bson.D{{Key: "_id", Value: 3}}}},
				bson.D{{Key: "$project", Value: bson.D{{Key: "s", Value: 1}, {Key: "_id", Value: 0}}}},
			},
			check: func(res []bson.M) string {
				if len(res) != 1 || len(res[0]) != 1 || res[0]["s"] != "name-03" {
					return fmt.Sprintf("%v", res)
				}
				return ""
			},
		},
		{
			name: "$project computed ($concat)",
			pipeline: bson.A{
				bson.D{{Key: "$match", Value: bson.D{{Key: "_id", Value: 3}}}},
				bson.D{{Key: "$project", Value: bson.D{{Key: "x", Value: bson.D{{Key: "$concat", Value: bson.A{"$s", "!"}}}}}}},
			},
			check: func(res []bson.M) string {
				if len(res) != 1 || res[0]["x"] != "name-03!" {
					return fmt.Sprintf("%v", res)
				}
				return ""
			},
		},
		{
			name: "$addFields",
			pipeline: bson.A{
				bson.D{{Key: "$match", Value: bson.D{{Key: "_id", Value: 3}}}},
				bson.D{{Key: "$addFields", Value: bson.D{{Key: "x", Value: "$a"}}}},
			},
			check: func(res []bson.M) string {
				if len(res) != 1 || res[0]["x"] != int32(3) {
					return fmt.Sprintf("%v", res)
				}
				return ""
			},
		},
		{
			name: "$project rename x:\"$a\"",
			pipeline: bson.A{
				bson.D{{Key: "$match", Value: bson.D{{Key: "_id", Value: 3}}}},
				bson.D{{Key: "$project", Value: bson.D{{Key: "x", Value: "$a"}}}},
			},
			check: func(res []bson.M) string {
				if len(res) != 1 || res[0]["x"] != int32(3) {
					return fmt.Sprintf("%v", res)
				}
				return ""
			},
		},
		{
			name:     "$unwind",
			pipeline: bson.A{bson.D{{Key: "$unwind", Value: "$tags"}}},
			check:    wantLen(120),
		},
		{
			name: "$unwind+$group by tag",
			pipeline: bson.A{
				bson.D{{Key: "$unwind", Value: "$tags"}},
				bson.D{{Key: "$group", Value: bson.D{{Key: "_id", Value: "$tags"}, {Key: "n", Value: bson.D{{Key: "$sum", Value: 1}}}}}},
			},
			check: wantLen(4),
		},
		{
			name: "$lookup",
			pipeline: bson.A{bson.D{{Key: "$lookup", Value: bson.D{
				{Key: "from", Value: "q"}, {Key: "localField", Value: "a"}, {Key: "foreignField", Value: "_id"}, {Key: "as", Value: "j"},
			}}}},
			check: wantLen(60),
		},
	} {
		cur, err := coll.Aggregate(ctx, tc.pipeline)
		if err != nil {
			finding(t, "c: %-30s UNSUPPORTED/ERROR: code=%d %v", tc.name, errCode(err), err)
			continue
		}

		var res []bson.M
		if err = cur.All(ctx, &res); err != nil {
			finding(t, "c: %-30s cursor ERROR: %v", tc.name, err)
			continue
		}

		if msg := tc.check(res); msg != "" {
			finding(t, "c: %-30s WRONG: %s", tc.name, msg)
		} else {
			finding(t, "c: %-30s OK", tc.name)
		}
	}
}

// groupField checks field in every $group result (whose _id is an int32 a value) against want(a).
func groupField(field string, want func(a int32) any) func([]bson.M) string {
	return func(res []bson.M) string {
		if len(res) != 5 {
			return fmt.Sprintf("%d groups, want 5; ", len(res))
		}
		for _, r := range res {
			k, _ := r["_id"].(int32)
			if w := want(k); r[field] != w {
				return fmt.Sprintf("group %d: %s=%v (%T), want %v (%T); ", k, field, r[field], r[field], w, w)
			}
		}
		return ""
	}
}

func TestProbeC_GroupAccumulators(t *testing.T) {
	ctx := t.Context()
	_, c := probeEnv(t)
	coll, _ := seedQueryColl(t, c)

	for _, acc := range []bson.D{
		{{Key: "$sum", Value: "$b"}},
		{{Key: "$avg", Value: "$b"}},
		{{Key: "$min", Value: "$b"}},
		{{Key: "$max", Value: "$b"}},
		{{Key: "$first", Value: "$b"}},
		{{Key: "$last", Value: "$b"}},
		{{Key: "$push", Value: "$b"}},
		{{Key: "$addToSet", Value: "$b"}},
		{{Key: "$count", Value: bson.D{}}},
	} {
		cur, err := coll.Aggregate(ctx, bson.A{bson.D{{Key: "$group", Value: bson.D{{Key: "_id", Value: "$a"}, {Key: "v", Value: acc}}}}})
		if err == nil {
			var res []bson.M
			err = cur.All(ctx, &res)
		}

		status := "accepted"
		if err != nil {
			status = fmt.Sprintf("ERROR code=%d %v", errCode(err), err)
		}

		finding(t, "c: $group accumulator %-10s %s", acc[0].Key, status)
	}
}

func wantLen(n int) func([]bson.M) string {
	return func(res []bson.M) string {
		if len(res) != n {
			return fmt.Sprintf("%d results, want %d", len(res), n)
		}
		return ""
	}
}

func wantIDs(want ...int32) func([]bson.M) string {
	return func(res []bson.M) string {
		var got []int32
		for _, r := range res {
			id, _ := r["_id"].(int32)
			got = append(got, id)
		}
		if !slices.Equal(got, want) {
			return fmt.Sprintf("ids %v, want %v", got, want)
		}
		return ""
	}
}

func TestProbeD_Counts(t *testing.T) {
	ctx := t.Context()
	_, c := probeEnv(t)
	coll, _ := seedQueryColl(t, c)

	n, err := coll.CountDocuments(ctx, bson.D{{Key: "a", Value: 1}})
	finding(t, "d: CountDocuments({a:1}) = %d (want 12) err=%v", n, err)

	n, err = coll.CountDocuments(ctx, bson.D{{Key: "b", Value: bson.D{{Key: "$gte", Value: int64(100_000_000_000)}}}},
		options.Count().SetSkip(5).SetLimit(10))
	finding(t, "d: CountDocuments({b>=1e11}, skip 5, limit 10) = %d (want 10) err=%v", n, err)

	n, err = coll.CountDocuments(ctx, bson.D{})
	finding(t, "d: CountDocuments({}) = %d (want 60) err=%v", n, err)

	n, err = coll.EstimatedDocumentCount(ctx)
	finding(t, "d: EstimatedDocumentCount() = %d (want 60) err=%v", n, err)

	n, err = c.Database("probe").Collection("missing").CountDocuments(ctx, bson.D{})
	finding(t, "d: CountDocuments on missing collection = %d err=%v", n, err)
}

func TestProbeE_ConditionalCAS(t *testing.T) {
	ctx := t.Context()
	_, c := probeEnv(t)
	coll := c.Database("probe").Collection("cas")

	const rounds, n = 10, 20

	for _, tc := range []struct {
		name string
		op   func(ctx context.Context, filter, update bson.D) (bool, error)
	}{
		{"findOneAndUpdate", func(ctx context.Context, filter, update bson.D) (bool, error) {
			err := coll.FindOneAndUpdate(ctx, filter, update, options.FindOneAndUpdate().SetReturnDocument(options.After)).Err()
			if errors.Is(err, mongo.ErrNoDocuments) {
				return false, nil
			}
			return err == nil, err
		}},
		{"updateOne", func(ctx context.Context, filter, update bson.D) (bool, error) {
			res, err := coll.UpdateOne(ctx, filter, update)
			if err != nil {
				return false, err
			}
			return res.ModifiedCount == 1, nil
		}},
	} {
		var dist []string
		var lost, multi int

		for r := range rounds {
			id := fmt.Sprintf("%s-%d", tc.name, r)
			if _, err := coll.InsertOne(ctx, bson.D{{Key: "_id", Value: id}, {Key: "version", Value: int32(3)}, {Key: "hits", Value: int32(0)}}); err != nil {
				t.Fatal(err)
			}

			var wins, errs atomic.Int32
			var lastErr atomic.Value

			concurrently(n, func(i int) {
				ok, err := tc.op(ctx,
					bson.D{{Key: "_id", Value: id}, {Key: "version", Value: int32(3)}},
					bson.D{{Key: "$inc", Value: bson.D{{Key: "version", Value: int32(1)}, {Key: "hits", Value: int32(1)}}}},
				)
				if err != nil {
					errs.Add(1)
					lastErr.Store(err.Error())
				}
				if ok {
					wins.Add(1)
				}
			})

			var final struct {
				Version int32 `bson:"version"`
				Hits    int32 `bson:"hits"`
			}
			if err := coll.FindOne(ctx, bson.D{{Key: "_id", Value: id}}).Decode(&final); err != nil {
				t.Fatal(err)
			}

			if wins.Load() > 1 {
				multi++
			}
			if final.Hits < wins.Load() {
				lost++
			}

			dist = append(dist, fmt.Sprintf("succ=%d err=%d final{version=%d,hits=%d}", wins.Load(), errs.Load(), final.Version, final.Hits))
			if e := lastErr.Load(); e != nil {
				finding(t, "e: %s: error: %v", tc.name, e)
			}
		}

		finding(t, "e: %s CAS {_id,version:3} -> $inc{version,hits}, %d goroutines x %d rounds; rounds with >1 success: %d; rounds with lost updates (hits < successes): %d",
			tc.name, n, rounds, multi, lost)
		finding(t, "e: %s per round: %s", tc.name, strings.Join(dist, " | "))
	}
}

// FerretDB's default SQLite URI parameters (pool.setDefaultValues in v1.24.2), appended after ours.
var ferretDefaultPragmas = []string{"busy_timeout(10000)", "journal_mode(wal)", "auto_vacuum(none)"}

func TestProbeF_Durability(t *testing.T) {
	t.Run("Pragmas", func(t *testing.T) {
		dir := t.TempDir()

		for _, tc := range []struct {
			name  string
			query string
		}{
			{"FerretDB defaults only", ""},
			{"with our sqliteQuery", sqliteQuery},
		} {
			q, err := url.ParseQuery(tc.query)
			if err != nil {
				t.Fatal(err)
			}

			for _, p := range ferretDefaultPragmas {
				q.Add("_pragma", p)
			}

			dsn := "file:" + filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".sqlite") + "?" + q.Encode()

			db, err := sql.Open("sqlite", dsn)
			if err != nil {
				t.Fatal(err)
			}

			var sync int
			var journal string
			var fullfsync int

			err = errors.Join(
				db.QueryRow("PRAGMA synchronous").Scan(&sync),
				db.QueryRow("PRAGMA journal_mode").Scan(&journal),
				db.QueryRow("PRAGMA fullfsync").Scan(&fullfsync),
			)
			_ = db.Close()

			finding(t, "f: %s: synchronous=%d (0 OFF,1 NORMAL,2 FULL,3 EXTRA) journal_mode=%s fullfsync=%d err=%v",
				tc.name, sync, journal, fullfsync, err)
		}
	})

	t.Run("FilesOnDisk", func(t *testing.T) {
		s, c := probeEnv(t)
		if _, err := c.Database("app").Collection("x").InsertOne(t.Context(), bson.D{{Key: "k", Value: 1}}); err != nil {
			t.Fatal(err)
		}

		entries, err := os.ReadDir(filepath.Join(s.dir, dbDirName))
		if err != nil {
			t.Fatal(err)
		}

		var names []string
		for _, e := range entries {
			fi, _ := e.Info()
			names = append(names, fmt.Sprintf("%s(%#o)", e.Name(), fi.Mode().Perm()))
		}

		finding(t, "f: files in dir/db while running: %s", strings.Join(names, " "))
	})

	t.Run("SIGKILL", func(t *testing.T) {
		dir := testDir(t)

		cmd := exec.Command(os.Args[0], "-test.run=^TestProbeKillChild$", "-test.v")
		cmd.Env = append(os.Environ(), "EMBEDDED_PROBE_CHILD_DIR="+dir)
		cmd.Stderr = os.Stderr

		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}

		if err = cmd.Start(); err != nil {
			t.Fatal(err)
		}

		acked := map[int]bool{}
		sc := bufio.NewScanner(out)
		killed := false

		for sc.Scan() {
			line := sc.Text()
			if !strings.HasPrefix(line, "ACK ") {
				continue
			}

			i, _ := strconv.Atoi(strings.TrimPrefix(line, "ACK "))
			acked[i] = true

			if !killed && len(acked) >= 300 {
				// Kill while the child keeps inserting; keep reading the pipe
				// to collect acknowledgements written before death.
				_ = cmd.Process.Signal(syscall.SIGKILL)
				killed = true
			}
		}

		werr := cmd.Wait()
		t.Logf("child exited: %v (killed=%v)", werr, killed)

		if !killed {
			t.Fatal("child ended before being killed")
		}

		s := startStore(t, dir)
		cl := connect(t, s)

		cur, err := cl.Database("app").Collection("k").Find(t.Context(), bson.D{})
		if err != nil {
			t.Fatal(err)
		}

		var docs []struct {
			ID int `bson:"_id"`
		}
		if err = cur.All(t.Context(), &docs); err != nil {
			t.Fatal(err)
		}

		present := map[int]bool{}
		for _, d := range docs {
			present[d.ID] = true
		}

		var missing []int
		for i := range acked {
			if !present[i] {
				missing = append(missing, i)
			}
		}

		finding(t, "f: SIGKILL during inserts: %d acknowledged, %d present after restart, %d acknowledged but missing %v",
			len(acked), len(present), len(missing), missing)
	})
}

// TestProbeKillChild is the child process of TestProbeF_Durability/SIGKILL.
func TestProbeKillChild(t *testing.T) {
	dir := os.Getenv("EMBEDDED_PROBE_CHILD_DIR")
	if dir == "" {
		t.Skip("only run as a child of TestProbeF_Durability")
	}

	s, err := Start(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}

	c, err := mongo.Connect(options.Client().ApplyURI(s.URI()))
	if err != nil {
		t.Fatal(err)
	}

	coll := c.Database("app").Collection("k")

	for i := range 1_000_000 {
		if _, err := coll.InsertOne(context.Background(), bson.D{{Key: "_id", Value: i}, {Key: "v", Value: strings.Repeat("x", 100)}}); err != nil {
			t.Fatal(err)
		}

		fmt.Fprintf(os.Stdout, "ACK %d\n", i)
	}
}

func TestProbeG_CommandMonitor(t *testing.T) {
	ctx := t.Context()

	var mu sync.Mutex
	var started, succeeded, failed []string

	mon := &event.CommandMonitor{
		Started: func(_ context.Context, e *event.CommandStartedEvent) {
			mu.Lock()
			started = append(started, e.CommandName)
			mu.Unlock()
		},
		Succeeded: func(_ context.Context, e *event.CommandSucceededEvent) {
			mu.Lock()
			succeeded = append(succeeded, e.CommandName)
			mu.Unlock()
		},
		Failed: func(_ context.Context, e *event.CommandFailedEvent) {
			mu.Lock()
			failed = append(failed, e.CommandName)
			mu.Unlock()
		},
	}

	_, c := probeEnv(t, options.Client().SetMonitor(mon))
	coll := c.Database("probe").Collection("g")

	take := func() string {
		mu.Lock()
		defer mu.Unlock()

		s := fmt.Sprintf("started=%v succeeded=%v failed=%v", started, succeeded, failed)
		started, succeeded, failed = nil, nil, nil

		return s
	}

	if err := c.Ping(ctx, nil); err != nil {
		t.Fatal(err)
	}
	finding(t, "g: Ping: %s", take())

	many := make([]bson.D, 250)
	for i := range many {
		many[i] = bson.D{{Key: "_id", Value: i}}
	}

	for _, tc := range []struct {
		name string
		op   func() error
	}{
		{"InsertOne", func() error { _, err := coll.InsertOne(ctx, bson.D{{Key: "_id", Value: -1}}); return err }},
		{"InsertOne duplicate", func() error { _, err := coll.InsertOne(ctx, bson.D{{Key: "_id", Value: -1}}); return err }},
		{"InsertMany 250", func() error { _, err := coll.InsertMany(ctx, many); return err }},
		{"FindOne by _id", func() error { return coll.FindOne(ctx, bson.D{{Key: "_id", Value: 5}}).Err() }},
		{"Find all, batchSize 100", func() error {
			cur, err := coll.Find(ctx, bson.D{}, options.Find().SetBatchSize(100))
			if err != nil {
				return err
			}
			var all []bson.M
			return cur.All(ctx, &all)
		}},
		{"UpdateOne", func() error {
			_, err := coll.UpdateOne(ctx, bson.D{{Key: "_id", Value: 5}}, bson.D{{Key: "$set", Value: bson.D{{Key: "x", Value: 1}}}})
			return err
		}},
		{"FindOneAndUpdate", func() error {
			return coll.FindOneAndUpdate(ctx, bson.D{{Key: "_id", Value: 5}}, bson.D{{Key: "$set", Value: bson.D{{Key: "x", Value: 2}}}}).Err()
		}},
		{"CountDocuments", func() error { _, err := coll.CountDocuments(ctx, bson.D{}); return err }},
		{"EstimatedDocumentCount", func() error { _, err := coll.EstimatedDocumentCount(ctx); return err }},
		{"DeleteOne", func() error { _, err := coll.DeleteOne(ctx, bson.D{{Key: "_id", Value: 5}}); return err }},
	} {
		err := tc.op()
		finding(t, "g: %-24s %s (op err: %v)", tc.name, take(), err)
	}

	_ = c.Disconnect(ctx)
	finding(t, "g: Disconnect: %s", take())
}

func TestProbeH_Timing(t *testing.T) {
	ctx := t.Context()
	dir := testDir(t)

	t0 := time.Now()
	s, err := Start(ctx, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	finding(t, "h: Start on empty dir: %v", time.Since(t0))

	c, err := mongo.Connect(options.Client().ApplyURI(s.URI()))
	if err != nil {
		t.Fatal(err)
	}

	t0 = time.Now()
	if err = c.Ping(ctx, nil); err != nil {
		t.Fatal(err)
	}
	finding(t, "h: first Ping (connection handshake): %v", time.Since(t0))

	coll := c.Database("probe").Collection("h")

	const n = 2000

	measure := func(name string, iters int, f func(i int) error) {
		d := make([]time.Duration, iters)
		for i := range iters {
			t0 := time.Now()
			if err := f(i); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			d[i] = time.Since(t0)
		}

		slices.Sort(d)
		var sum time.Duration
		for _, x := range d {
			sum += x
		}

		finding(t, "h: %-44s x%-4d mean=%-12v p50=%-12v p99=%-12v max=%v",
			name, iters, sum/time.Duration(iters), d[iters/2], d[iters*99/100], d[iters-1])
	}

	measure("Ping (round-trip baseline)", 1000, func(int) error { return c.Ping(ctx, nil) })

	key := func(i int) string { return fmt.Sprintf("k%05d", i%n) }

	measure("InsertOne, string _id (sync=extra)", n, func(i int) error {
		_, err := coll.InsertOne(ctx, bson.D{{Key: "_id", Value: key(i)}, {Key: "n", Value: int64(i)}, {Key: "version", Value: int32(1)}})
		return err
	})
	measure(fmt.Sprintf("FindOne {_id: string}, %d docs", n), 1000, func(i int) error {
		return coll.FindOne(ctx, bson.D{{Key: "_id", Value: key(i * 7)}}).Err()
	})
	measure(fmt.Sprintf("FindOne {n: int64} (full scan), %d docs", n), 100, func(i int) error {
		return coll.FindOne(ctx, bson.D{{Key: "n", Value: int64((i * 7) % n)}}).Err()
	})
	measure(fmt.Sprintf("FindOneAndUpdate {_id} $inc, %d docs", n), 500, func(i int) error {
		return coll.FindOneAndUpdate(ctx, bson.D{{Key: "_id", Value: key(i)}},
			bson.D{{Key: "$inc", Value: bson.D{{Key: "version", Value: int32(1)}}}}).Err()
	})
	measure(fmt.Sprintf("FindOneAndUpdate {_id,version} (scan), %d docs", n), 100, func(i int) error {
		return coll.FindOneAndUpdate(ctx, bson.D{{Key: "_id", Value: key(n - 1 - i)}, {Key: "version", Value: int32(1)}},
			bson.D{{Key: "$inc", Value: bson.D{{Key: "version", Value: int32(1)}}}}).Err()
	})

	// Scaling: grow the collection 10x and repeat the _id lookup.
	batch := make([]bson.D, 0, 1000)
	for i := n; i < 10*n; i++ {
		batch = append(batch, bson.D{{Key: "_id", Value: fmt.Sprintf("k%05d", i)}, {Key: "n", Value: int64(i)}, {Key: "version", Value: int32(1)}})
		if len(batch) == cap(batch) {
			if _, err := coll.InsertMany(ctx, batch); err != nil {
				t.Fatal(err)
			}
			batch = batch[:0]
		}
	}

	measure(fmt.Sprintf("FindOne {_id: string}, %d docs, early rows", 10*n), 200, func(i int) error {
		return coll.FindOne(ctx, bson.D{{Key: "_id", Value: key(i * 7)}}).Err()
	})
	measure(fmt.Sprintf("FindOne {_id: string}, %d docs, last rows", 10*n), 200, func(i int) error {
		return coll.FindOne(ctx, bson.D{{Key: "_id", Value: fmt.Sprintf("k%05d", 10*n-1-i)}}).Err()
	})
	measure(fmt.Sprintf("FindOne {_id: missing}, %d docs", 10*n), 200, func(i int) error {
		err := coll.FindOne(ctx, bson.D{{Key: "_id", Value: fmt.Sprintf("nope%d", i)}}).Err()
		if errors.Is(err, mongo.ErrNoDocuments) {
			return nil
		}
		return err
	})

	ints := c.Database("probe").Collection("hint")
	for i := range n {
		if _, err := ints.InsertOne(ctx, bson.D{{Key: "_id", Value: int32(i)}}); err != nil {
			t.Fatal(err)
		}
	}

	measure(fmt.Sprintf("FindOne {_id: int32} (full scan), %d docs", n), 100, func(i int) error {
		return ints.FindOne(ctx, bson.D{{Key: "_id", Value: int32((i * 7) % n)}}).Err()
	})

	_ = c.Disconnect(ctx)

	t0 = time.Now()
	if err = s.Stop(); err != nil {
		t.Fatal(err)
	}
	finding(t, "h: Stop (no clients connected): %v", time.Since(t0))

	t0 = time.Now()
	s, err = Start(ctx, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	finding(t, "h: Start on existing dir (1 db, 2 collections, %d docs): %v", 11*n, time.Since(t0))

	c, err = mongo.Connect(options.Client().ApplyURI(s.URI()))
	if err != nil {
		t.Fatal(err)
	}
	if err = c.Ping(ctx, nil); err != nil {
		t.Fatal(err)
	}

	t0 = time.Now()
	if err = s.Stop(); err != nil {
		t.Fatal(err)
	}
	finding(t, "h: Stop with a client still connected: %v", time.Since(t0))
	_ = c.Disconnect(ctx)
}
