package org.hazwatch.gateway;

import java.util.List;
import java.util.function.Consumer;
import org.hazwatch.protocol.Reading;

/**
 * Where readings come from (数据源): a Modbus poll, a CSV file, a Tennessee Eastman replay, a synthetic plant.
 * A source hands over one sample at a time — the readings it took at one instant — in time order, and returns
 * when it has no more or {@code stop} is signalled.
 */
interface ReadingSource {

    void run(Consumer<List<Reading>> samples, StopSignal stop) throws Exception;
}
