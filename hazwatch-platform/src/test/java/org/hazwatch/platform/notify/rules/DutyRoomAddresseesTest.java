package org.hazwatch.platform.notify.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hazwatch.platform.notify.rules.DutyRoomAddressees.Addressee;
import org.hazwatch.platform.notify.rules.DutyRoomAddressees.OnDuty;
import org.junit.jupiter.api.Test;

class DutyRoomAddresseesTest {

    @Test
    void theOnDutyPersonsMobilesAreTextedNotTheDutyPhone() {
        List<Addressee> chosen = DutyRoomAddressees.choose(List.of(new OnDuty("王值班", "13912345678"),
                new OnDuty("李值班", " 15812345678 ")), "0356-2500001");

        assertThat(chosen).containsExactly(new Addressee("13912345678", "王值班", "当班人员"),
                new Addressee("15812345678", "李值班", "当班人员"));
    }

    @Test
    void theDutyPhoneIsTheFallbackWhenNobodyOnDutyHasAMobile() {
        assertThat(DutyRoomAddressees.choose(List.of(new OnDuty("王值班", null), new OnDuty("赵值班", "  ")),
                "0356-2500001")).containsExactly(new Addressee("0356-2500001", null, "值班室"));
        assertThat(DutyRoomAddressees.choose(List.of(), " 0356-2500002 "))
                .containsExactly(new Addressee("0356-2500002", null, "值班室"));
    }

    @Test
    void aNumberThatIsNotAMobileDoesNotCountAndOneNumberIsTextedOnce() {
        assertThat(DutyRoomAddressees.choose(List.of(new OnDuty("固话", "0356-2500009"),
                new OnDuty("短号", "1391234567"), new OnDuty("12开头", "12912345678")), "0356-2500001"))
                .as("no usable mobile on duty: the duty phone").extracting(Addressee::phone)
                .containsExactly("0356-2500001");
        assertThat(DutyRoomAddressees.choose(List.of(new OnDuty("王值班", "13912345678"),
                new OnDuty("王值班（兼）", "13912345678")), null)).extracting(Addressee::phone)
                .containsExactly("13912345678");
    }

    @Test
    void nobodyWhenNeitherAMobileNorADutyPhoneIsKnown() {
        assertThat(DutyRoomAddressees.choose(List.of(new OnDuty("王值班", null)), null)).isEmpty();
        assertThat(DutyRoomAddressees.choose(List.of(), "")).isEmpty();
    }
}
