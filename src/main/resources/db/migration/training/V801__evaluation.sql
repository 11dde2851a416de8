-- Evaluation of a session by each person who attended: reaction and learning straight after (Kirkpatrick levels 1
-- and 2), then a follow-up about their practice 6 to 8 weeks later (level 3). One row per booking.
create table training_evaluation (
    booking_id         bigint primary key references training_booking (id),
    rating             integer not null,
    confidence_before  integer not null,
    confidence_after   integer not null,
    will_do            varchar(2000),
    submitted_at       timestamp with time zone not null,
    practice_change    varchar(20),
    practice_example   varchar(2000),
    followed_up_at     timestamp with time zone,
    constraint training_evaluation_rating_ck check (rating between 1 and 5 and confidence_before between 1 and 5 and confidence_after between 1 and 5)
);
