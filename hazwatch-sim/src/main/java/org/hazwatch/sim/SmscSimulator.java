package org.hazwatch.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small SMSC simulator in the caller's own process (jsmpp's server side), for the demo's message inbox and the
 * platform's SMPP channel tests: it takes binds with one system id and password, decodes each submitted text (UCS-2
 * or Latin-1, concatenated parts put back together, message_payload) and hands it to a receiver. It can be told to
 * answer every submit with an error status, and stopped and started again on the same port, like an SMSC that goes
 * away.
 */
public final class SmscSimulator implements ServerMessageReceiverListener, AutoCloseable {

    /** One text as the SMSC took it. */
    public record Sms(String source, String destination, String text, String messageId) {
    }

    private static final Logger log = LoggerFactory.getLogger(SmscSimulator.class);

    private final int port;
    private final String systemId;
    private final String password;
    private final Consumer<Sms> receiver;
    private final Set<SMPPServerSession> sessions = ConcurrentHashMap.newKeySet();
    private final Map<String, String[]> partial = new HashMap<>();
    private final AtomicLong ids = new AtomicLong(0x1000);
    private volatile int answer = SMPPConstant.STAT_ESME_ROK;
    private volatile SMPPServerSessionListener listener;
    private ExecutorService threads;

    public SmscSimulator(int port, String systemId, String password, Consumer<Sms> receiver) {
        this.port = port;
        this.systemId = systemId;
        this.password = password;
        this.receiver = receiver;
    }

    public int port() {
        return port;
    }

    /** Listens (again) on the port. */
    public synchronized SmscSimulator start() throws IOException {
        if (listener == null) {
            listener = new SMPPServerSessionListener(port);
            threads = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "smsc-simulator-" + port);
                thread.setDaemon(true);
                return thread;
            });
            SMPPServerSessionListener current = listener;
            threads.execute(() -> accept(current));
        }
        return this;
    }

    /** Stops listening and cuts every bound session, as an SMSC that fails does. */
    public synchronized void stop() {
        if (listener != null) {
            try {
                listener.close();
            } catch (IOException e) {
                log.debug("SMSC simulator: closing the listener", e);
            }
            listener = null;
            sessions.forEach(SMPPServerSession::close);
            sessions.clear();
            threads.shutdownNow();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Every following submit_sm is answered with this command status ({@code 0}: accepted). */
    public void answerWith(int commandStatus) {
        this.answer = commandStatus;
    }

    private void accept(SMPPServerSessionListener current) {
        try {
            while (true) {
                SMPPServerSession session = current.accept();
                session.setMessageReceiverListener(this);
                sessions.add(session);
                threads.execute(() -> bind(session));
            }
        } catch (IOException | RuntimeException closed) {
            log.debug("SMSC simulator on port {} stopped accepting: {}", port, closed.toString());
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            if (systemId.equals(request.getSystemId()) && password.equals(request.getPassword())) {
                request.accept("hazwatch-sim");
            } else {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
        } catch (TimeoutException | IOException | PDUStringException | IllegalStateException e) {
            log.debug("SMSC simulator: no bind", e);
            session.close();
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
        int status = answer;
        if (status != SMPPConstant.STAT_ESME_ROK) {
            throw new ProcessRequestException("told to refuse", status);
        }
        try {
            MessageId id = new MessageId(Long.toHexString(ids.incrementAndGet()));
            String text = text(submit);
            if (text != null) {
                receiver.accept(new Sms(submit.getSourceAddr(), submit.getDestAddress(), text, id.getValue()));
            }
            return new SubmitSmResult(id, new OptionalParameter[0]);
        } catch (PDUStringException e) {
            throw new ProcessRequestException("message id", SMPPConstant.STAT_ESME_RSYSERR, e);
        }
    }

    /** The whole text, or {@code null} while parts of a concatenated message are still missing. */
    private String text(SubmitSm submit) {
        OptionalParameter payload = submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        byte[] octets = payload instanceof OptionalParameter.OctetString string ? string.getValue()
                : submit.getShortMessage();
        if (!GSMSpecificFeature.UDHI.containedIn(submit.getEsmClass())) {
            return decode(octets, submit.getDataCoding());
        }
        int headerLength = octets[0] & 0xFF;
        boolean sixteenBit = octets[1] == 0x08;
        int reference = sixteenBit ? ((octets[3] & 0xFF) << 8) | (octets[4] & 0xFF) : octets[3] & 0xFF;
        int total = octets[sixteenBit ? 5 : 4] & 0xFF;
        int sequence = octets[sixteenBit ? 6 : 5] & 0xFF;
        byte[] body = new byte[octets.length - headerLength - 1];
        System.arraycopy(octets, headerLength + 1, body, 0, body.length);
        return assemble(submit.getSourceAddr() + "/" + submit.getDestAddress() + "/" + reference, total, sequence,
                decode(body, submit.getDataCoding()));
    }

    private synchronized String assemble(String key, int total, int sequence, String piece) {
        String[] pieces = partial.computeIfAbsent(key, k -> new String[total]);
        if (pieces.length != total || sequence < 1 || sequence > total) {
            partial.remove(key);
            return piece;
        }
        pieces[sequence - 1] = piece;
        for (String each : pieces) {
            if (each == null) {
                return null;
            }
        }
        partial.remove(key);
        return String.join("", pieces);
    }

    private static String decode(byte[] octets, byte dataCoding) {
        return new String(octets, dataCoding == 0x08 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public org.jsmpp.session.SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm query, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported();
    }

    private static ProcessRequestException unsupported() {
        return new ProcessRequestException("not supported by the SMSC simulator", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
