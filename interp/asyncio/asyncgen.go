// This file is a stub for the async generator protocol; see asyncgen
// implementation below.

package asyncio

func installAsyncGenProtocol() {}
