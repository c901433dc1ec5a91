// This file defines msgQueue, the client's unbounded per-channel queue.

package messaging

import (
	"context"
	"sync"
)

type msgQueue struct {
	mu     sync.Mutex
	items  []*Message
	ready  chan struct{} // has a token while items is non-empty or closed
	closed bool
}

func newMsgQueue() *msgQueue { return &msgQueue{ready: make(chan struct{}, 1)} }

func (q *msgQueue) signal() {
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

func (q *msgQueue) push(m *Message) {
	q.mu.Lock()
	q.items = append(q.items, m)
	q.mu.Unlock()
	q.signal()
}

func (q *msgQueue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.signal()
}

// pop returns the oldest message, waiting for one until ctx ends. After the
// connection closed and the queue drained it returns ErrClientClosed.
func (q *msgQueue) pop(ctx context.Context) (*Message, error) {
	for {
		q.mu.Lock()
		if len(q.items) > 0 {
			m := q.items[0]
			q.items[0] = nil
			q.items = q.items[1:]
			more := len(q.items) > 0 || q.closed
			q.mu.Unlock()
			if more {
				q.signal()
			}
			return m, nil
		}
		if q.closed {
			q.mu.Unlock()
			q.signal()
			return nil, ErrClientClosed
		}
		q.mu.Unlock()
		select {
		case <-q.ready:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}
