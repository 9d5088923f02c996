import threading

import pytest

from masthead.analytics.batching import Batcher


def start_threads(target, count):
    threads = [threading.Thread(target=target, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    return threads


def test_a_lone_item_is_sent_at_once_on_its_own():
    calls = []
    batcher = Batcher(lambda items: calls.append(list(items)) or [item * 2 for item in items])
    assert batcher.submit(21) == 42
    assert batcher.submit(5) == 10
    assert calls == [[21], [5]]


def test_items_queued_during_a_call_share_the_next_one_and_get_their_own_results():
    first_call_started, release_first_call = threading.Event(), threading.Event()
    calls = []

    def call(items):
        calls.append(list(items))
        if len(calls) == 1:
            first_call_started.set()
            assert release_first_call.wait(10)
        return [f"result {item}" for item in items]

    batcher = Batcher(call)
    results = {}
    leader = threading.Thread(target=lambda: results.update(leader=batcher.submit("first")))
    leader.start()
    assert first_call_started.wait(10)
    followers = start_threads(lambda n: results.update({n: batcher.submit(n)}), 10)
    while len(batcher.queue) < 10:  # every follower waits behind the call in flight
        threading.Event().wait(0.001)
    release_first_call.set()
    for thread in [leader, *followers]:
        thread.join(10)
    assert calls[0] == ["first"]
    assert len(calls) == 2 and sorted(calls[1]) == list(range(10))
    assert results == {"leader": "result first", **{n: f"result {n}" for n in range(10)}}
    assert not batcher.busy and not batcher.queue


def test_a_batch_holds_at_most_max_size_items():
    sizes = []
    gate = threading.Lock()

    def call(items):
        with gate:
            sizes.append(len(items))
        return list(items)

    batcher = Batcher(call, max_size=3)
    gate.acquire()  # the first call blocks until every thread has queued
    threads = start_threads(lambda n: batcher.submit(n), 10)
    while len(batcher.queue) < 9:
        threading.Event().wait(0.001)
    gate.release()
    for thread in threads:
        thread.join(10)
    assert sum(sizes) == 10 and max(sizes) == 3


def test_a_failed_call_raises_in_every_thread_of_its_batch_and_the_next_call_works():
    started, release = threading.Event(), threading.Event()
    fail = [True]

    def call(items):
        started.set()
        assert release.wait(10)
        if fail[0]:
            raise ConnectionError("Redis went away")
        return list(items)

    batcher = Batcher(call)
    errors = []

    def submit(n):
        try:
            batcher.submit(n)
        except ConnectionError as error:
            errors.append(error)

    threads = start_threads(submit, 1)
    assert started.wait(10)
    threads += start_threads(submit, 4)
    while len(batcher.queue) < 4:
        threading.Event().wait(0.001)
    release.set()
    for thread in threads:
        thread.join(10)
    assert len(errors) == 5  # the first call's thread, and the four of the second
    fail[0] = False
    assert batcher.submit(7) == 7
    assert not batcher.busy


def test_a_lone_failed_call_raises_in_its_thread():
    def call(items):
        raise ConnectionError("Redis went away")

    with pytest.raises(ConnectionError):
        Batcher(call).submit(1)
