package coalition

import "testing"

func TestParseFXTolerance(t *testing.T) {
	tests := []struct {
		in      string
		want    FXTolerance
		wantErr bool
	}{
		{in: "1.00,0.1%", want: FXTolerance{Abs: 100, PartsPerMillion: 1000}},
		{in: "0.5%", want: FXTolerance{PartsPerMillion: 5000}},
		{in: "2.50", want: FXTolerance{Abs: 250}},
		{in: "0", want: FXTolerance{}},
		{in: DefaultFXTolerance.String(), want: DefaultFXTolerance},
		{in: "-1.00", wantErr: true},
		{in: "11%", wantErr: true},
		{in: "abc", wantErr: true},
		{in: "1.005", wantErr: true},
	}
	for _, tt := range tests {
		got, err := ParseFXTolerance(tt.in)
		if (err != nil) != tt.wantErr || (!tt.wantErr && got != tt.want) {
			t.Errorf("ParseFXTolerance(%q) = %+v, %v; want %+v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}
