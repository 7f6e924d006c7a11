package org.hazwatch.platform.notify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.hazwatch.platform.notify.rules.SmppSegments;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * SMS to an SMSC over SMPP 3.4 (jsmpp), bound as a transmitter. The session is kept between messages; jsmpp's
 * enquire_link notices a dead link and its state listener drops the session, and the next message binds anew —
 * no thread of our own. Texts go in UCS-2; a long one as concatenated parts or one message_payload
 * ({@link ChannelSettings.SmsSmpp#longMessages()}). Sends are serialised: one session, one submit at a time.
 *
 * <p>An SMSC cannot refuse a second copy of a message, so a submit whose answer was lost (timeout, dropped link)
 * may reach the handset twice when it is tried again; docs/CHANNELS.md says why that is the better side to err on.
 */
@Component
public class SmppChannel implements Channel, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmppChannel.class);
    private static final byte UCS2 = 0x08;
    /** Command statuses that mean "not now": system error, queue full, throttled, temporary application error. */
    static final Set<Integer> RETRY_STATUSES = Set.of(SMPPConstant.STAT_ESME_RSYSERR, SMPPConstant.STAT_ESME_RMSGQFUL,
            SMPPConstant.STAT_ESME_RTHROTTLED, SMPPConstant.STAT_ESME_RX_T_APPN, SMPPConstant.STAT_ESME_RINVBNDSTS);

    private final ChannelSettings.SmsSmpp settings;
    private final AtomicReference<SMPPSession> session = new AtomicReference<>();
    private final Object sending = new Object();

    public SmppChannel(ChannelSettings settings) {
        this.settings = settings.smsSmpp();
    }

    @Override
    public String name() {
        return "sms-smpp";
    }

    @Override
    public boolean enabled() {
        return settings.configured();
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        synchronized (sending) {
            SMPPSession bound;
            try {
                bound = bound();
            } catch (IOException e) {
                return Delivery.retry("SMSC 绑定失败 / bind failed: " + cause(e));
            }
            try {
                return Delivery.delivered(String.join(",", submit(bound, message)));
            } catch (NegativeResponseException e) {
                int status = e.getCommandStatus();
                String detail = String.format("SMSC 拒绝 / submit_sm_resp status 0x%08x", status);
                return RETRY_STATUSES.contains(status) ? Delivery.retry(detail) : Delivery.rejected(detail);
            } catch (ResponseTimeoutException e) {
                drop(bound);
                return Delivery.retry("SMSC 应答超时 / no submit_sm_resp in time");
            } catch (PDUException e) {
                return Delivery.rejected("无法编码的短信 / cannot encode: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                return Delivery.rejected(e.getMessage());
            } catch (IOException | InvalidResponseException e) {
                drop(bound);
                return Delivery.retry("SMSC 连接中断 / link lost: " + cause(e));
            }
        }
    }

    private List<String> submit(SMPPSession bound, OutgoingMessage message) throws PDUException,
            ResponseTimeoutException, InvalidResponseException, NegativeResponseException, IOException {
        DataCoding ucs2 = DataCodings.newInstance(UCS2);
        List<String> ids = new ArrayList<>();
        if (settings.longMessages() == ChannelSettings.LongMessages.PAYLOAD
                && SmppSegments.ucs2(message.text()).length > SmppSegments.MAX_OCTETS) {
            OptionalParameter payload = new OptionalParameter.OctetString(
                    OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), SmppSegments.ucs2(message.text()));
            ids.add(submitOne(bound, message.address(), new ESMClass(), ucs2, new byte[0], payload));
            return ids;
        }
        List<byte[]> parts = SmppSegments.split(message.text(), message.idempotencyKey().hashCode());
        ESMClass esm = parts.size() == 1 ? new ESMClass()
                : new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
        for (byte[] part : parts) {
            ids.add(submitOne(bound, message.address(), esm, ucs2, part));
        }
        return ids;
    }

    private String submitOne(SMPPSession bound, String destination, ESMClass esm, DataCoding coding, byte[] octets,
                             OptionalParameter... optional) throws PDUException, ResponseTimeoutException,
            InvalidResponseException, NegativeResponseException, IOException {
        return bound.submitShortMessage(settings.systemType(), settings.sourceTon(), settings.sourceNpi(),
                settings.sourceAddress(), settings.destinationTon(), settings.destinationNpi(), destination, esm,
                (byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0,
                coding, (byte) 0, octets, optional).getMessageId();
    }

    /** The kept session if it is still bound, else a new one. */
    private SMPPSession bound() throws IOException {
        SMPPSession current = session.get();
        if (current != null && current.getSessionState().isBound()) {
            return current;
        }
        drop(current);
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(settings.responseTimeout().toMillis());
        fresh.setEnquireLinkTimer((int) settings.enquireLinkInterval().toMillis());
        fresh.addSessionStateListener(this::stateChanged);
        try {
            fresh.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TX,
                    settings.systemId(), settings.password(), settings.systemType(), settings.sourceTon(),
                    settings.sourceNpi(), null), settings.bindTimeout().toMillis());
        } catch (IOException e) {
            fresh.close();
            throw e;
        }
        session.set(fresh);
        log.info("SMPP: bound to {}:{} as {}", settings.host(), settings.port(), settings.systemId());
        return fresh;
    }

    private void stateChanged(SessionState now, SessionState before, Session source) {
        if (!now.isBound() && before.isBound()) {
            log.warn("SMPP: session to {}:{} is {} — the next message binds again", settings.host(), settings.port(),
                    now);
            session.compareAndSet((SMPPSession) source, null);
        }
    }

    private void drop(SMPPSession stale) {
        if (stale != null) {
            session.compareAndSet(stale, null);
            stale.close();
        }
    }

    private static String cause(Exception e) {
        return e.getCause() == null ? e.getMessage() : e.getMessage() + " (" + e.getCause() + ")";
    }

    @Override
    public void destroy() {
        SMPPSession current = session.getAndSet(null);
        if (current != null) {
            current.unbindAndClose();
        }
    }
}
