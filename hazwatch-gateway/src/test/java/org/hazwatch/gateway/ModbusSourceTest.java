package org.hazwatch.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ghgande.j2mod.modbus.procimg.SimpleInputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hazwatch.protocol.Quality;
import org.hazwatch.protocol.Reading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against an in-process j2mod slave on a free port of the loopback interface. */
class ModbusSourceTest {

    static final String P = Samples.ENTERPRISE + "001G0001";
    static final OffsetDateTime TIME = OffsetDateTime.parse("2026-11-30T08:00:00+08:00");

    @TempDir
    Path dir;

    ModbusSlave slave;
    int port;

    @BeforeEach
    void startSlave() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SimpleProcessImage unit1 = new SimpleProcessImage(1);
        unit1.addRegister(new SimpleRegister(1234));
        unit1.addRegister(new SimpleRegister(-50 & 0xFFFF));
        int bits = Float.floatToIntBits(3.75f);
        unit1.addRegister(new SimpleRegister(bits >>> 16));
        unit1.addRegister(new SimpleRegister(bits & 0xFFFF));
        for (int i = 0; i < 10; i++) {
            unit1.addInputRegister(new SimpleInputRegister(0));
        }
        int kelvin = Float.floatToIntBits(-273.15f);
        unit1.addInputRegister(new SimpleInputRegister(kelvin & 0xFFFF));
        unit1.addInputRegister(new SimpleInputRegister(kelvin >>> 16));
        SimpleProcessImage unit2 = new SimpleProcessImage(2);
        unit2.addRegister(new SimpleRegister(65535));
        slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), port, 2, false);
        slave.addProcessImage(1, unit1);
        slave.addProcessImage(2, unit2);
        slave.open();
    }

    @AfterEach
    void stopSlave() {
        ModbusSlaveFactory.close(slave);
    }

    @Test
    void registersBecomeScaledReadingsOfTheirPoints() throws IOException {
        ModbusSource source = source(mapping());

        Map<String, Double> values = source.poll(TIME).stream()
                .collect(Collectors.toMap(Reading::pointCode, Reading::value));

        assertThat(values).hasSize(5);
        assertThat(values.get(P + "YW001")).isCloseTo(12.34, within(1e-9));
        assertThat(values.get(P + "YL001")).isCloseTo(-15.0, within(1e-9));
        assertThat(values.get(P + "WD001")).isEqualTo(3.75);
        assertThat(values.get(P + "WD002")).isCloseTo(0.0, within(1e-4));
        assertThat(values.get(P + "LL001")).isEqualTo(65535.0);
    }

    @Test
    void eachPollIsOneSampleAtOneTime() throws Exception {
        ModbusSource source = new ModbusSource("127.0.0.1", port, RegisterMap.read(mapping()), Duration.ofMillis(50),
                3, Clock.systemUTC());
        List<List<Reading>> samples = new ArrayList<>();

        source.run(samples::add, new StopSignal());

        assertThat(samples).hasSize(3).allSatisfy(sample -> {
            assertThat(sample).hasSize(5).allMatch(r -> r.quality() == Quality.GOOD);
            assertThat(sample).extracting(Reading::time).containsOnly(sample.get(0).time());
        });
        assertThat(Duration.between(samples.get(0).get(0).time(), samples.get(2).get(0).time()))
                .isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aDeviceThatStopsAnsweringYieldsNoReadingsRatherThanStaleOnes() throws IOException {
        ModbusSource source = source(mapping());
        assertThat(source.poll(TIME)).hasSize(5);

        ModbusSlaveFactory.close(slave);

        assertThat(source.poll(TIME.plusSeconds(1))).isEmpty();
    }

    private ModbusSource source(Path mapping) throws IOException {
        return new ModbusSource("127.0.0.1", port, RegisterMap.read(mapping), Duration.ofSeconds(1), 0,
                Clock.systemUTC());
    }

    private Path mapping() throws IOException {
        return Files.writeString(dir.resolve("mapping.csv"), """
                point_code,unit_id,table,address,type,word_order,scale,offset
                # level in cm as uint16
                %1$sYW001,1,holding,0,uint16,,0.01,0
                %1$sYL001,1,holding,1,int16,,0.5,10
                %1$sWD001,1,holding,2,float32,big,1,0
                %1$sWD002,1,input,10,float32,little,1,273.15
                %1$sLL001,2,holding,0,uint16,,,
                """.formatted(P));
    }
}
