"""Text handling: decoding-independent cleaning, sentence splitting and offset maps."""
