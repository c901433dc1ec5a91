// This file handles kernel_info_request (on shell and on control).

package kernel

import "adder/messaging"

// handleKernelInfoRequest implements
// https://jupyter-client.readthedocs.io/en/latest/messaging.html#kernel-info
func (k *Kernel) handleKernelInfoRequest(r *request) error {
	k.reply(r, k.kernelInfo())
	return nil
}

func (k *Kernel) kernelInfo() messaging.KernelInfoReplyContent {
	return messaging.KernelInfoReplyContent{
		Status:                "ok",
		ProtocolVersion:       messaging.ProtocolVersion,
		Implementation:        "adder",
		ImplementationVersion: Version,
		LanguageInfo: messaging.LanguageInfo{
			Name:              "python",
			Version:           k.cfg.LanguageVersion,
			Mimetype:          "text/x-python",
			FileExtension:     ".py",
			PygmentsLexer:     "ipython3",
			CodemirrorMode:    map[string]any{"name": "ipython", "version": 3},
			NbconvertExporter: "python",
		},
		Banner:   k.cfg.Banner,
		Debugger: false,
		HelpLinks: []messaging.HelpLink{
			{Text: "Python Reference", URL: "https://docs.python.org/3.12"},
			{Text: "adder", URL: "https://github.com/adder-kernel/adder"},
		},
	}
}
