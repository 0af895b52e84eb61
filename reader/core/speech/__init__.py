"""Reading aloud without Qt: utterances, pronunciation, synthesis to WAV, the reading queue.

How a thin Qt bridge (reader/ui/speech/controller.py) drives it:

    synth = available_synthesizer()            # off the GUI thread; ReaderError(SPEECH) if none
    prefetcher = Prefetcher(synth, settings=..., pronunciations=PronunciationList.load(path),
                            on_ready=..., on_error=...)   # called on the worker thread:
                                                          # re-emit as Qt signals
    queue = ReadingQueue(issue.items, language=issue.language or "nl",
                         options=SplitOptions(item_pause_ms=...), stop_after_each_item=...)

    Every queue command returns the utterance to play now, or None (stop the player):
    read_item / read_on / read_titles / read_selection, utterance_done, pause, resume, stop,
    next_/prev_sentence, next_/prev_paragraph, next_/prev_item (prev_* take the player's
    position in ms). After each one: prefetcher.request(queue.upcoming(3)); highlight
    queue.current (field, paragraph, start, end); play prefetcher.ready(u), or wait for
    on_ready(u). On the player's end of media wait queue.pause_after_ms(u), then call
    utterance_done(). Stop: player.stop(), queue.stop(), prefetcher.stop() (< 100 ms).
"""
