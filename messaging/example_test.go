// This file shows the wire format with an Example.

package messaging

import "fmt"

func ExampleEncode() {
	s, _ := NewSigner("hmac-sha256", "") // empty key: no signature
	m := &Message{
		Identities: [][]byte{[]byte("client")},
		Header:     Header{MsgID: "1", Session: "s", Username: "u", Date: "2024-01-02T03:04:05.000006Z", MsgType: Status, Version: ProtocolVersion},
		Content:    []byte(`{"execution_state":"idle"}`),
	}
	frames, _ := Encode(m, s)
	for _, f := range frames {
		fmt.Printf("%s\n", f)
	}
	// Output:
	// client
	// <IDS|MSG>
	//
	// {"msg_id":"1","session":"s","username":"u","date":"2024-01-02T03:04:05.000006Z","msg_type":"status","version":"5.3"}
	// {}
	// {}
	// {"execution_state":"idle"}
}
