// This file replays testdata/ipykernel_transcripts.json (recorded from
// ipykernel by testdata/gen_ipykernel_transcripts.py) against adder with the
// fake session: same reply types, the same reply keys, the same iopub
// sequence and execution counts.

package kernel

import (
	"encoding/json"
	"os"
	"slices"
	"sort"
	"testing"

	"adder/messaging"
)

type transcriptCase struct {
	Name           string         `json:"name"`
	Channel        string         `json:"channel"`
	MsgType        string         `json:"msg_type"`
	Content        map[string]any `json:"content"`
	Fake           *string        `json:"fake"`
	IOPub          []string       `json:"iopub"`
	ReplyType      string         `json:"reply_type"`
	ReplyKeys      []string       `json:"reply_keys"`
	ReplyStatus    string         `json:"reply_status"`
	ExecutionCount *int           `json:"execution_count"`
}

// Keys where adder knowingly differs from ipykernel 6.17.
var (
	ipykernelOnlyKeys = map[string]bool{"engine_info": true} // ipyparallel's
	adderExtraKeys    = map[string]bool{"debugger": true, "status": true}
)

func TestIPykernelTranscripts(t *testing.T) {
	b, err := os.ReadFile("testdata/ipykernel_transcripts.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []transcriptCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	h := start(t)
	for _, tc := range cases {
		content := tc.Content
		if tc.MsgType == messaging.ExecuteRequest && tc.Fake != nil {
			content["code"] = *tc.Fake
		}
		ch := messaging.Channel(tc.Channel)
		req := h.request(ch, tc.MsgType, content)
		if tc.ReplyType != "" {
			r := h.reply(ch, req, nil)
			var got map[string]any
			json.Unmarshal(r.Content, &got)
			var keys []string
			for k := range got {
				if !adderExtraKeys[k] || slices.Contains(tc.ReplyKeys, k) {
					keys = append(keys, k)
				}
			}
			sort.Strings(keys)
			want := slices.DeleteFunc(slices.Clone(tc.ReplyKeys), func(k string) bool { return ipykernelOnlyKeys[k] })
			if !slices.Equal(keys, want) {
				t.Errorf("%s: reply keys %v, ipykernel %v", tc.Name, keys, want)
			}
			if tc.ReplyStatus != "" && got["status"] != tc.ReplyStatus {
				t.Errorf("%s: status %v, ipykernel %v", tc.Name, got["status"], tc.ReplyStatus)
			}
			if tc.ExecutionCount != nil && got["execution_count"] != float64(*tc.ExecutionCount) {
				t.Errorf("%s: execution_count %v, ipykernel %d", tc.Name, got["execution_count"], *tc.ExecutionCount)
			}
		}
		if got := types(h.iopub(req)); !slices.Equal(got, tc.IOPub) {
			t.Errorf("%s: iopub %v, ipykernel %v", tc.Name, got, tc.IOPub)
		}
	}
}
