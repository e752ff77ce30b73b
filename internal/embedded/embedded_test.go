package embedded

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// testDir returns an empty directory for a Store.
//
// It is t.TempDir() when dir/mongod.sock fits in MaxSocketPathLen (on Linux
// t.TempDir() is /tmp/<TestName><random>/NNN, far below the limit). If it does
// not fit (long TMPDIR, e.g. macOS /var/folders/..., plus a long test name), it
// falls back to a fresh 0700 directory directly under os.TempDir() with
// symlinks resolved, removed when the test ends.
func testDir(t *testing.T) string {
	t.Helper()

	dir := t.TempDir()
	if len(filepath.Join(dir, socketName)) <= MaxSocketPathLen {
		return dir
	}

	base, err := filepath.EvalSymlinks(os.TempDir())
	if err != nil {
		t.Fatal(err)
	}

	dir, err = os.MkdirTemp(base, "emb") // MkdirTemp creates it 0700
	if err != nil {
		t.Fatal(err)
	}

	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	t.Logf("t.TempDir() too long for a Unix socket, using %s", dir)

	if len(filepath.Join(dir, socketName)) > MaxSocketPathLen {
		t.Fatalf("even %s is too long for a Unix socket", dir)
	}

	return dir
}

// testLogger sends FerretDB's WARN+ records to the test log.
func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

func startStore(t *testing.T, dir string) *Store {
	t.Helper()

	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()

	s, err := Start(ctx, dir, testLogger(t))
	if err != nil {
		t.Fatalf("Start(%q): %v", dir, err)
	}

	t.Cleanup(func() {
		if err := s.Stop(); err != nil {
			t.Errorf("Stop: %v", err)
		}
	})

	return s
}

func connect(t *testing.T, s *Store) *mongo.Client {
	t.Helper()

	c, err := mongo.Connect(options.Client().ApplyURI(s.URI()).SetTimeout(30 * time.Second))
	if err != nil {
		t.Fatalf("mongo.Connect(%q): %v", s.URI(), err)
	}

	// Registered after startStore's cleanup, so it runs before Stop.
	t.Cleanup(func() { _ = c.Disconnect(context.Background()) })

	if err = c.Ping(t.Context(), nil); err != nil {
		t.Fatalf("Ping: %v", err)
	}

	return c
}

func TestSocketOwnerOnlyAndNoTCP(t *testing.T) {
	dir := testDir(t)
	s := startStore(t, dir)
	connect(t, s)

	for _, tc := range []struct {
		name     string
		path     string
		wantType fs.FileMode
		wantPerm fs.FileMode
	}{
		{"Dir", dir, fs.ModeDir, 0o700},
		{"DBDir", filepath.Join(dir, dbDirName), fs.ModeDir, 0o700},
		{"Socket", filepath.Join(dir, socketName), fs.ModeSocket, 0o600},
		{"LockFile", filepath.Join(dir, lockName), 0, 0o600},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fi, err := os.Lstat(tc.path)
			if err != nil {
				t.Fatal(err)
			}

			if got := fi.Mode().Type(); got != tc.wantType {
				t.Errorf("%s: type = %v, want %v", tc.path, got, tc.wantType)
			}

			if got := fi.Mode().Perm(); got != tc.wantPerm {
				t.Errorf("%s: perm = %#o, want %#o", tc.path, got, tc.wantPerm)
			}
		})
	}

	t.Run("URI", func(t *testing.T) {
		want := "mongodb://" + strings.ReplaceAll(filepath.Join(dir, socketName), "/", "%2F") + "/"
		if s.URI() != want {
			t.Errorf("URI() = %q, want %q", s.URI(), want)
		}
	})

	t.Run("NoInetSockets", func(t *testing.T) {
		// The server is running and a client is connected: this process must
		// have no TCP or UDP socket at all (no listener, no outbound traffic).
		if got := inetSocketsOfThisProcess(t); len(got) != 0 {
			t.Errorf("inet sockets of this process while the Store runs: %v", got)
		}

		// Make sure the check can see a TCP listener at all.
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Skipf("cannot open a TCP listener for the sanity check: %v", err)
		}
		defer l.Close()

		got := inetSocketsOfThisProcess(t)
		if len(got) != 1 || !strings.HasSuffix(got[0], " LISTEN") {
			t.Errorf("sanity check: with one TCP listener open, found %v", got)
		}
	})
}

// inetSocketsOfThisProcess lists the TCP and UDP sockets (any state) that
// belong to this process, from /proc (Linux only).
func inetSocketsOfThisProcess(t *testing.T) []string {
	t.Helper()

	if runtime.GOOS != "linux" {
		t.Skip("socket check reads /proc; Linux only")
	}

	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}

	inodes := map[string]bool{}

	for _, fd := range fds {
		target, err := os.Readlink(filepath.Join("/proc/self/fd", fd.Name()))
		if err == nil && strings.HasPrefix(target, "socket:[") {
			inodes[strings.TrimSuffix(strings.TrimPrefix(target, "socket:["), "]")] = true
		}
	}

	var res []string

	for _, table := range []string{"tcp", "tcp6", "udp", "udp6"} {
		f, err := os.Open("/proc/self/net/" + table)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}

		if err != nil {
			t.Fatal(err)
		}

		sc := bufio.NewScanner(f)
		sc.Scan() // header

		for sc.Scan() {
			// sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
			fields := strings.Fields(sc.Text())
			if len(fields) < 10 || !inodes[fields[9]] {
				continue
			}

			state := fields[3]
			if strings.HasPrefix(table, "tcp") && state == "0A" { // TCP_LISTEN
				state = "LISTEN"
			}

			res = append(res, table+" "+fields[1]+" "+state)
		}

		_ = f.Close()
	}

	return res
}

func TestDataSurvivesRestart(t *testing.T) {
	dir := testDir(t)

	type doc struct {
		ID    string `bson:"_id"`
		Email string `bson:"email"`
		N     int64  `bson:"n"`
		Tags  []string
	}

	want := []doc{
		{ID: "a", Email: "a@example.com", N: 1 << 40, Tags: []string{"x"}},
		{ID: "b", Email: "b@example.com", N: -7, Tags: []string{"y", "z"}},
	}

	// First run: write, then stop.
	s1, err := Start(t.Context(), dir, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}

	c1, err := mongo.Connect(options.Client().ApplyURI(s1.URI()))
	if err != nil {
		t.Fatal(err)
	}

	coll := c1.Database("app").Collection("people")

	if _, err = coll.Indexes().CreateOne(t.Context(), mongo.IndexModel{
		Keys:    bson.D{{Key: "email", Value: 1}},
		Options: options.Index().SetUnique(true).SetName("email_unique"),
	}); err != nil {
		t.Fatal(err)
	}

	if _, err = coll.InsertMany(t.Context(), want); err != nil {
		t.Fatal(err)
	}

	if err = c1.Disconnect(t.Context()); err != nil {
		t.Fatal(err)
	}

	if err = s1.Stop(); err != nil {
		t.Fatal(err)
	}

	if err = s1.Stop(); err != nil {
		t.Fatalf("second Stop: %v", err)
	}

	if _, err = os.Lstat(filepath.Join(dir, socketName)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("socket still present after Stop: %v", err)
	}

	// Second run on the same directory: read back.
	s2 := startStore(t, dir)
	coll = connect(t, s2).Database("app").Collection("people")

	cur, err := coll.Find(t.Context(), bson.D{}, options.Find().SetSort(bson.D{{Key: "_id", Value: 1}}))
	if err != nil {
		t.Fatal(err)
	}

	var got []doc
	if err = cur.All(t.Context(), &got); err != nil {
		t.Fatal(err)
	}

	if len(got) != len(want) {
		t.Fatalf("got %d docs after restart, want %d: %+v", len(got), len(want), got)
	}

	for i := range want {
		if got[i].ID != want[i].ID || got[i].Email != want[i].Email || got[i].N != want[i].N ||
			strings.Join(got[i].Tags, ",") != strings.Join(want[i].Tags, ",") {
			t.Errorf("doc %d = %+v, want %+v", i, got[i], want[i])
		}
	}

	// The unique index survived too.
	_, err = coll.InsertOne(t.Context(), doc{ID: "c", Email: "a@example.com"})
	if !mongo.IsDuplicateKeyError(err) {
		t.Errorf("duplicate email after restart: err = %v, want duplicate key error", err)
	}
}

func TestSecondStartOnSameDirFails(t *testing.T) {
	dir := testDir(t)
	s1 := startStore(t, dir)
	c := connect(t, s1)

	s2, err := Start(t.Context(), dir, nil)
	if err == nil {
		_ = s2.Stop()
		t.Fatal("second Start on a directory in use succeeded")
	}

	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Start: err = %v, want ErrLocked", err)
	}

	t.Logf("second Start: %v", err)

	// The failed attempt must not have disturbed the running Store.
	if fi, err := os.Lstat(filepath.Join(dir, socketName)); err != nil || fi.Mode().Type() != fs.ModeSocket {
		t.Fatalf("socket of the running Store disturbed: %v", err)
	}

	if err = c.Ping(t.Context(), nil); err != nil {
		t.Fatalf("running Store unusable after second Start: %v", err)
	}

	// Once the first Store stops, the directory is free again.
	if err = c.Disconnect(t.Context()); err != nil {
		t.Fatal(err)
	}

	if err = s1.Stop(); err != nil {
		t.Fatal(err)
	}

	startStore(t, dir)
}

func TestStartRejects(t *testing.T) {
	base := testDir(t)

	file := filepath.Join(base, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}

	notSocket := filepath.Join(base, "notsocket")
	if err := os.MkdirAll(notSocket, 0o700); err != nil {
		t.Fatal(err)
	}

	if err := os.WriteFile(filepath.Join(notSocket, socketName), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}

	long := "/" + strings.Repeat("d", MaxSocketPathLen-len("/"+socketName))

	for _, tc := range []struct {
		name    string
		dir     string
		wantErr string
	}{
		{"Empty", "", "empty directory"},
		{"TooLong", long, "Unix socket limit"},
		{"NotADirectory", file, "not a directory"},
		{"Colon", filepath.Join(base, "a:b"), "not allowed"},
		{"Percent", filepath.Join(base, "a%b"), "not allowed"},
		{"SocketPathIsARegularFile", notSocket, "not a socket"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Start(t.Context(), tc.dir, nil)
			if err == nil {
				_ = s.Stop()
				t.Fatalf("Start(%q) succeeded", tc.dir)
			}

			if !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("Start(%q) = %v, want error containing %q", tc.dir, err, tc.wantErr)
			}
		})
	}

	// A failed Start must release the directory lock.
	if err := os.Remove(filepath.Join(notSocket, socketName)); err != nil {
		t.Fatal(err)
	}

	startStore(t, notSocket)
}

func TestStartUnusualDirNames(t *testing.T) {
	base := testDir(t)

	for _, tc := range []struct {
		name string
		dir  string
	}{
		{"Space", filepath.Join(base, "Application Support")},
		{"Plus", filepath.Join(base, "a+b")},
		{"Relative", "rel"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := tc.dir
			if !filepath.IsAbs(dir) {
				t.Chdir(base)
			}

			s := startStore(t, dir)
			coll := connect(t, s).Database("app").Collection("c")

			if _, err := coll.InsertOne(t.Context(), bson.D{{Key: "_id", Value: "k"}}); err != nil {
				t.Fatal(err)
			}

			if n, err := coll.CountDocuments(t.Context(), bson.D{}); err != nil || n != 1 {
				t.Fatalf("CountDocuments = %d, %v", n, err)
			}

			if _, err := os.Stat(filepath.Join(base, filepath.Base(dir), dbDirName, "app.sqlite")); err != nil {
				t.Errorf("SQLite file not where expected: %v", err)
			}
		})
	}
}

func TestStartRemovesStaleSocket(t *testing.T) {
	dir := testDir(t)
	sock := filepath.Join(dir, socketName)

	// Leave a dead socket behind, as a crashed process would.
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}

	l.(*net.UnixListener).SetUnlinkOnClose(false)
	_ = l.Close()

	s := startStore(t, dir)
	connect(t, s)
}

func TestStartCancelledContext(t *testing.T) {
	dir := testDir(t)

	ctx, cancel := context.WithCancel(t.Context())
	cancel()

	s, err := Start(ctx, dir, nil)
	if err == nil {
		_ = s.Stop()
		t.Fatal("Start with a cancelled context succeeded")
	}

	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}

	// Everything was cleaned up: the directory can be used right away.
	startStore(t, dir)
}

func TestWarnHandler(t *testing.T) {
	var buf bytes.Buffer
	base := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))

	for _, tc := range []struct {
		level slog.Level
		want  bool
	}{
		{slog.LevelDebug, false},
		{slog.LevelInfo, false},
		{slog.LevelWarn, true},
		{slog.LevelError, true},
	} {
		t.Run(tc.level.String(), func(t *testing.T) {
			buf.Reset()

			l := slog.New(warnHandler(base)).With("k", "v").WithGroup("g")
			l.Log(t.Context(), tc.level, "hello", "x", 1)

			out := buf.String()
			if got := out != ""; got != tc.want {
				t.Fatalf("logged = %v, want %v (output %q)", got, tc.want, out)
			}

			if tc.want && !strings.Contains(out, "component=ferretdb") {
				t.Errorf("output %q lacks component=ferretdb", out)
			}

			buf.Reset()
			l.Log(t.Context(), tc.level, "Response header: length: 121")
			if out := buf.String(); (out != "") != (tc.level >= slog.LevelError) {
				t.Errorf("noise at %v: output %q", tc.level, out)
			}

			if slog.New(warnHandler(nil)).Enabled(t.Context(), tc.level) {
				t.Error("nil logger: handler enabled")
			}
		})
	}
}
