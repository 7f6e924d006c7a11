package org.hazwatch.platform.warning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hazwatch.protocol.EnterpriseCode;

/**
 * Which enterprises the warning engine's thread assesses next (issue 17: reading → warning p99). Enterprises an event
 * marked (an alarm raised, a commitment missed) are taken together, as soon as their settle time is up; the periodic
 * pass over every watched enterprise (SPEC §6: at least once a minute) is taken a slice at a time, so a mark never
 * waits behind a pass over thousands of enterprises — at most behind one slice. An enterprise assessed for its mark is
 * left out of the pass under way: it has just been assessed.
 */
final class AssessmentQueue {

    private final Set<EnterpriseCode> marked = new LinkedHashSet<>();
    private final Set<EnterpriseCode> pass = new LinkedHashSet<>();
    private final int slice;

    /** @param slice how many enterprises of a pass are assessed before marked ones get their turn */
    AssessmentQueue(int slice) {
        this.slice = slice;
    }

    /** @return whether it is the first mark since the marked ones were last taken (the settle time starts) */
    boolean mark(EnterpriseCode enterprise) {
        boolean first = marked.isEmpty();
        marked.add(enterprise);
        return first;
    }

    /** @return whether no pass was under way (one must be started); a pass under way takes the new ones in */
    boolean startPass(Collection<EnterpriseCode> watched) {
        boolean idle = pass.isEmpty();
        pass.addAll(watched);
        return idle && !pass.isEmpty();
    }

    /** Every marked enterprise, in the order marked, taken out of the pass under way too. */
    List<EnterpriseCode> takeMarked() {
        List<EnterpriseCode> due = List.copyOf(marked);
        marked.clear();
        pass.removeAll(due);
        return due;
    }

    /** The next slice of the pass under way (empty when none is). */
    List<EnterpriseCode> takeSlice() {
        List<EnterpriseCode> next = new ArrayList<>(Math.min(slice, pass.size()));
        Iterator<EnterpriseCode> it = pass.iterator();
        while (it.hasNext() && next.size() < slice) {
            next.add(it.next());
            it.remove();
        }
        return next;
    }

    int passLeft() {
        return pass.size();
    }

    boolean passUnderWay() {
        return !pass.isEmpty();
    }

    boolean anyMarked() {
        return !marked.isEmpty();
    }

    /** What a restart of the engine's thread takes up: the marked ones (a pass is started afresh). */
    List<EnterpriseCode> clear() {
        List<EnterpriseCode> pending = List.copyOf(marked);
        marked.clear();
        pass.clear();
        return pending;
    }
}
