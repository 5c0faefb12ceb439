package org.kos.ksm.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.kos.ksm.model.EventState;

class SidContextsTest {
  private final SidContexts<String> contexts = new SidContexts<>();

  @Test
  void aReadCreatesNoDraft() {
    EventState event = new EventState();
    contexts.get(event, 3);
    assertNull(event.peek(contexts));
  }

  @Test
  void aCommittedPutIsSeenByLaterEvents() {
    EventState event = new EventState();
    contexts.put(event, 3, "a");
    event.commit();
    assertEquals("a", contexts.get(new EventState(), 3));
  }

  @Test
  void aPutBeyondTheInitialTableIsKept() {
    EventState event = new EventState();
    contexts.put(event, Models.MAX_SIDS - 1, "far");
    event.commit();
    assertEquals("far", contexts.get(new EventState(), Models.MAX_SIDS - 1));
  }

  @Test
  void rebindingASidInOneEventCountsItOnce() {
    EventState event = new EventState();
    contexts.put(event, 3, "a");
    contexts.put(event, 3, "b");
    event.commit();
    assertEquals(1, contexts.size(new EventState()));
  }

  @Test
  void removingWhatTheEventBoundLeavesNothing() {
    EventState event = new EventState();
    contexts.put(event, 3, "a");
    contexts.remove(event, 3);
    event.commit();
    assertEquals(0, contexts.size(new EventState()));
  }

  @Test
  void forgetOfAnUnboundSidChangesNothing() {
    contexts.forget(3);
    assertEquals(0, contexts.size(new EventState()));
  }

  @Test
  void updateOfAnUnboundSidIsNull() {
    assertNull(contexts.update(new EventState(), 3, s -> s));
  }
}
