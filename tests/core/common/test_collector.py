"""The cyclic collector paused while a tool computes, and on again as it was."""

import gc
import threading

import pytest

from segregation_plugin.core.common.collector import paused_gc


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


def test_the_collector_is_off_inside_and_on_after():
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_off_before_stays_off():
    gc.disable()
    with paused_gc():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_nested_pauses_switch_it_on_only_at_the_last():
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still runs
    assert gc.isenabled()


def test_on_again_after_an_error_inside():
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("bad row")
    assert gc.isenabled()


def test_overlapping_pauses_in_two_threads():
    """Two tools in QGIS tasks: the first pause ends while the second still runs; the
    collector stays off until the second ends, then is on again."""
    first_in, first_out, second_out = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with paused_gc():
            first_in.set()
            second_out.wait(5)  # …not before the second has started
        first_out.set()

    def second():
        first_in.wait(5)
        with paused_gc():
            second_out.set()
            first_out.wait(5)
            seen["after the first ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == {"after the first ended": False}
    assert gc.isenabled()


def test_cycles_made_during_a_pause_are_collected_after():
    class Node:
        pass

    with paused_gc():
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
    assert gc.collect() >= 2
