"""Reading aloud without Qt: utterances, pronunciation, synthesis to WAV, the reading queue."""
