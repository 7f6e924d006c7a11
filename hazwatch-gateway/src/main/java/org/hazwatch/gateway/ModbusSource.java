package org.hazwatch.gateway;

import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.hazwatch.sim.Replay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a Modbus TCP device (j2mod master) every {@code period} on the clock's multiples of it and turns the
 * registers of the {@link RegisterMap} into readings. A read that fails (no connection, exception reply) yields
 * no readings for its block in that poll — the platform sees the points go quiet, which is what SPEC §4's offline
 * rule is for — and the connection is opened again at the next poll.
 */
final class ModbusSource implements ReadingSource {

    private static final Logger log = LoggerFactory.getLogger(ModbusSource.class);
    private static final int TIMEOUT_MILLIS = 3_000;

    private final String host;
    private final int port;
    private final List<RegisterMap.Block> blocks;
    private final Duration period;
    private final long polls;
    private final Clock clock;
    private ModbusTCPMaster master;

    /** @param polls how many polls to make; 0 for no end */
    ModbusSource(String host, int port, RegisterMap map, Duration period, long polls, Clock clock) {
        if (period.toMillis() < 1) {
            throw new IllegalArgumentException("the poll period must be at least 1 ms");
        }
        this.host = host;
        this.port = port;
        this.blocks = map.blocks();
        this.period = period;
        this.polls = polls;
        this.clock = clock;
    }

    @Override
    public void run(Consumer<List<Reading>> out, StopSignal stop) {
        long periodMillis = period.toMillis();
        Instant next = Instant.ofEpochMilli((clock.millis() / periodMillis + 1) * periodMillis);
        try {
            for (long n = 0; (polls == 0 || n < polls) && stop.sleepUntil(next, clock); n++) {
                List<Reading> sample = poll(OffsetDateTime.ofInstant(next, Replay.PLANT_ZONE));
                if (!sample.isEmpty()) {
                    out.accept(sample);
                }
                next = next.plus(period);
            }
        } finally {
            disconnect();
        }
    }

    /** One poll: every block read, every mapping of a block that answered turned into a reading at {@code time}. */
    List<Reading> poll(OffsetDateTime time) {
        List<Reading> readings = new ArrayList<>();
        for (RegisterMap.Block block : blocks) {
            try {
                int[] words = read(block);
                for (RegisterMapping m : block.mappings()) {
                    int from = m.address() - block.start();
                    int[] own = Arrays.copyOfRange(words, from, from + m.type().registers());
                    readings.add(new Reading(m.pointCode(), time, m.value(own), Quality.GOOD));
                }
            } catch (Exception e) {
                log.warn("Modbus {}:{} unit {} {} registers {}+{}: {}", host, port, block.unitId(), block.table(),
                        block.start(), block.count(), e.toString());
                disconnect();
            }
        }
        return readings;
    }

    private int[] read(RegisterMap.Block block) throws Exception {
        if (master == null) {
            master = new ModbusTCPMaster(host, port, TIMEOUT_MILLIS, true);
            master.connect();
        }
        InputRegister[] registers = block.table() == RegisterMapping.Table.HOLDING
                ? master.readMultipleRegisters(block.unitId(), block.start(), block.count())
                : master.readInputRegisters(block.unitId(), block.start(), block.count());
        int[] words = new int[registers.length];
        for (int i = 0; i < registers.length; i++) {
            words[i] = registers[i].toUnsignedShort();
        }
        return words;
    }

    private void disconnect() {
        if (master != null) {
            master.disconnect();
            master = null;
        }
    }
}
