package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// PreviousDevKeyFile holds the dev key that RotateDevKey replaced, and the
// end of its grace period, inside Config.DataDir.
const PreviousDevKeyFile = "jwt.key.previous"

// DevKeyPath is the absolute path of the dev key file cfg uses, and false
// when cfg names a secret, a public key or a provider instead.
func (c Config) DevKeyPath() (string, bool) {
	if !c.UsesDevKey() {
		return "", false
	}
	path := filepath.Join(c.DataDir, DevKeyFile)
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return path, true
}

// devKeyID names a dev key in the kid header of the tokens it signs, so the
// verifier picks the right key during a rotation's grace period. A digest
// of 256 random bits reveals nothing of them.
func devKeyID(key []byte) string {
	sum := sha256.Sum256(key)
	return "dev-" + hex.EncodeToString(sum[:8])
}

// devKeyRecheck is how long a token verified with a dev key is remembered
// before the key files are looked at again: a rotation by another process
// (the key command) reaches a running server within this time.
const devKeyRecheck = time.Second

// devKeys is the dev key, and the previous one while its grace period
// lasts. The files are looked at again whenever a token is checked, so a
// rotation by the key command reaches a running server without a restart.
type devKeys struct {
	dir string
	gen atomic.Uint64 // bumped when the files change

	mu        sync.Mutex
	files     [2]fileStamp
	current   []byte
	previous  []byte
	prevUntil time.Time
}

type fileStamp struct {
	mod  time.Time
	size int64
}

func statKey(path string) fileStamp {
	info, err := os.Stat(path)
	if err != nil {
		return fileStamp{}
	}
	return fileStamp{mod: info.ModTime(), size: info.Size()}
}

func openDevKeys(dir string) (*devKeys, error) {
	if _, err := loadOrCreateDevKey(dir); err != nil {
		return nil, err
	}
	d := &devKeys{dir: dir}
	if err := d.load(); err != nil {
		return nil, err
	}
	return d, nil
}

// load reads both files; the caller holds mu (or owns d).
func (d *devKeys) load() error {
	curPath, prevPath := filepath.Join(d.dir, DevKeyFile), filepath.Join(d.dir, PreviousDevKeyFile)
	files := [2]fileStamp{statKey(curPath), statKey(prevPath)}
	cur, err := readDevKey(curPath)
	if err != nil {
		return err
	}
	prev, until, err := readPreviousDevKey(prevPath)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	d.files, d.current, d.previous, d.prevUntil = files, cur, prev, until
	d.gen.Add(1)
	return nil
}

// refresh reloads the files when they changed since the last look (two
// stat calls, far cheaper than the signature check that follows). A file
// caught half-way through a rotation keeps the keys already loaded.
func (d *devKeys) refresh() {
	files := [2]fileStamp{statKey(filepath.Join(d.dir, DevKeyFile)), statKey(filepath.Join(d.dir, PreviousDevKeyFile))}
	if files != d.files {
		_ = d.load()
	}
}

func (d *devKeys) key(t *jwt.Token, now time.Time) (any, stamp, error) {
	if t.Method != jwt.SigningMethodHS256 {
		return nil, stamp{}, errors.New("unexpected signing method")
	}
	kid, hasKid := t.Header["kid"].(string)
	d.mu.Lock()
	d.refresh()
	cur, prev, until := d.current, d.previous, d.prevUntil
	st := stamp{gen: &d.gen, at: d.gen.Load(), recheck: time.Now().Add(devKeyRecheck)}
	d.mu.Unlock()
	inGrace := prev != nil && now.Before(until)
	switch {
	case hasKid && kid == devKeyID(cur):
		return cur, st, nil
	case hasKid && inGrace && kid == devKeyID(prev):
		st.until = until
		return prev, st, nil
	case hasKid:
		return nil, stamp{}, fmt.Errorf("unknown dev key %q (rotated away, or from another data folder)", kid)
	case inGrace:
		// A token minted before kids were set: either key may have signed it.
		st.until = until
		return jwt.VerificationKeySet{Keys: []jwt.VerificationKey{cur, prev}}, st, nil
	default:
		return cur, st, nil
	}
}

func (d *devKeys) algs() []string { return []string{jwt.SigningMethodHS256.Alg()} }

// readPreviousDevKey reads the key RotateDevKey set aside and the end of its
// grace period.
func readPreviousDevKey(path string) ([]byte, time.Time, error) {
	data, err := readKeyFile(path)
	if err != nil {
		return nil, time.Time{}, err
	}
	keyHex, untilText, _ := strings.Cut(strings.TrimSpace(data), "\n")
	key, err := decodeDevKey(path, keyHex)
	if err != nil {
		return nil, time.Time{}, err
	}
	until, err := time.Parse(time.RFC3339, strings.TrimSpace(untilText))
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("auth: %s: grace period end: %w", path, err)
	}
	return key, until, nil
}

// RotateDevKey replaces the dev key in dir with a new random one. Tokens
// signed by the replaced key stay valid until now+grace (a grace of 0 ends
// them at once); a key rotated away earlier is dropped. It returns the key
// file's path. Running servers pick the new key up by themselves.
func RotateDevKey(dir string, grace time.Duration, now time.Time) (string, error) {
	if grace < 0 {
		return "", fmt.Errorf("auth: negative grace period %v", grace)
	}
	curPath, prevPath := filepath.Join(dir, DevKeyFile), filepath.Join(dir, PreviousDevKeyFile)
	old, err := readDevKey(curPath)
	if errors.Is(err, fs.ErrNotExist) {
		return curPath, fmt.Errorf("auth: no dev key at %s to rotate", curPath)
	}
	if err != nil {
		return curPath, err
	}
	if grace > 0 {
		until := now.Add(grace).UTC().Format(time.RFC3339)
		if err := writeKeyFile(prevPath, hex.EncodeToString(old)+"\n"+until+"\n"); err != nil {
			return curPath, err
		}
	} else if err := os.Remove(prevPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return curPath, fmt.Errorf("auth: drop previous dev key: %w", err)
	}
	key := make([]byte, MinSecretLength)
	if _, err := rand.Read(key); err != nil {
		return curPath, fmt.Errorf("auth: generate dev key: %w", err)
	}
	return curPath, writeKeyFile(curPath, hex.EncodeToString(key)+"\n")
}

// writeKeyFile replaces path atomically with a file of mode 0600.
func writeKeyFile(path, content string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*") // CreateTemp uses mode 0600
	if err != nil {
		return fmt.Errorf("auth: write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.WriteString(content)
	serr := tmp.Sync()
	cerr := tmp.Close()
	if err := errors.Join(werr, serr, cerr); err != nil {
		return fmt.Errorf("auth: write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("auth: install %s: %w", path, err)
	}
	return nil
}
