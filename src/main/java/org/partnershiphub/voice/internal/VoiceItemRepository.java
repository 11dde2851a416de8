package org.partnershiphub.voice.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface VoiceItemRepository extends JpaRepository<VoiceItem, Long>, JpaSpecificationExecutor<VoiceItem> {

    @Query("select v from VoiceItem v where v.published = true order by v.theme, v.publishedOn desc, v.id desc")
    List<VoiceItem> publishedPairs();

    @Query("select count(v) from VoiceItem v where v.response is null")
    long countAwaitingResponse();
}
