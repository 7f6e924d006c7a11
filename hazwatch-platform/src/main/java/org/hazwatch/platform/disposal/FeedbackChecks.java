package org.hazwatch.platform.disposal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.hazwatch.platform.disposal.rules.CauseCategory;
import org.hazwatch.platform.disposal.rules.FeedbackForm;
import org.hazwatch.platform.disposal.rules.FeedbackPhoto;
import org.hazwatch.platform.support.InvalidInputException;
import org.hazwatch.platform.support.Problem;
import org.springframework.stereotype.Component;

/** Reads a {@link FeedbackRequest}: every problem at once (400, nothing stored), else the form and its photos. */
@Component
class FeedbackChecks {

    record Checked(FeedbackForm form, List<FeedbackPhoto> photos) {
    }

    private final DisposalSettings settings;

    FeedbackChecks(DisposalSettings settings) {
        this.settings = settings;
    }

    Checked check(FeedbackRequest request) {
        List<Problem> problems = new ArrayList<>();
        FeedbackForm form = new FeedbackForm(cause(request.cause(), problems), request.measures(), request.text());
        boolean causeRefused = !problems.isEmpty();
        form.problems().stream().filter(p -> !(causeRefused && p.field().equals("cause")))
                .forEach(p -> problems.add(new Problem(p.field(), p.reason())));
        List<FeedbackPhoto> photos = photos(request.photos() == null ? List.of() : request.photos(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(form, photos);
    }

    /** The cause named, or null; a missing cause is reported by the form, an unknown one here. */
    private static CauseCategory cause(String name, List<Problem> problems) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return CauseCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("cause", "原因类别应为其中之一：" + List.of(CauseCategory.values())));
            return null;
        }
    }

    private List<FeedbackPhoto> photos(List<String> sent, List<Problem> problems) {
        List<FeedbackPhoto> accepted = new ArrayList<>();
        int max = settings.photos().maxPerFeedback();
        if (sent.size() > max) {
            problems.add(new Problem("photos", "每次反馈最多 " + max + " 张照片"));
        }
        for (int i = 0; i < sent.size(); i++) {
            byte[] data;
            try {
                data = Base64.getMimeDecoder().decode(sent.get(i) == null ? "" : sent.get(i));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("photos[" + i + "]", "不是有效的 base64"));
                continue;
            }
            FeedbackPhoto.Result r = FeedbackPhoto.of(data, settings.photos().maxSize().toBytes());
            r.photo().ifPresent(accepted::add);
            if (r.problem() != null) {
                problems.add(new Problem("photos[" + i + "]", r.problem()));
            }
        }
        return accepted;
    }
}
