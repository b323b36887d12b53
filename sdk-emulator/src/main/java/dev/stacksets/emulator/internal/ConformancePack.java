package dev.stacksets.emulator.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An AWS Config organization conformance pack and its status in each member account. Each account keeps a list of
 * timed status changes, so its status at any model time is a lookup. Thread-safe.
 */
public final class ConformancePack {
  private final String name;
  private final Instant created;
  private final ConcurrentSkipListMap<String, Member> members = new ConcurrentSkipListMap<>();

  /**
   * One status change.
   *
   * @param at           when it happened
   * @param status       the OrganizationResourceDetailedStatus
   * @param errorCode    for failures, else null
   * @param errorMessage for failures, else null
   */
  public record Change(Instant at, String status, String errorCode, String errorMessage) {}

  /** One member account. */
  public static final class Member {
    private final String accountId;
    private final String memberPackName;
    private final CopyOnWriteArrayList<Change> changes = new CopyOnWriteArrayList<>();

    Member(String accountId, String memberPackName) {
      this.accountId = accountId;
      this.memberPackName = memberPackName;
    }

    public String accountId() {
      return accountId;
    }

    /** The conformance pack's name in the member account ({@code OrgConformsPack-...}). */
    public String memberPackName() {
      return memberPackName;
    }

    /** The latest change at or before {@code t}, or null when the account had no status yet. */
    public Change at(Instant t) {
      Change found = null;
      for (Change c : changes) {
        if (c.at().isAfter(t)) {
          break;
        }
        found = c;
      }
      return found;
    }

    synchronized void add(Change c) {
      // keep the list ordered by time
      int i = changes.size();
      while (i > 0 && changes.get(i - 1).at().isAfter(c.at())) {
        i--;
      }
      changes.add(i, c);
    }
  }

  ConformancePack(String name, Instant created) {
    this.name = name;
    this.created = created;
  }

  public String name() {
    return name;
  }

  public Instant created() {
    return created;
  }

  /** Members ordered by account id. */
  public List<Member> members() {
    return new ArrayList<>(members.values());
  }

  Member member(String accountId, String memberPackName) {
    return members.computeIfAbsent(accountId, a -> new Member(a, memberPackName));
  }

  /** The member of that account, or null. */
  public Member member(String accountId) {
    return members.get(accountId);
  }
}
