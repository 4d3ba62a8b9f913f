// 新建会议 as a gallery: every room to start from — a blank one, the five built-in rooms and the
// user's own templates — as a card with a thumbnail drawn from the room itself (shared/draw), its
// name and its seat count. Choosing one does what the room picker does. Escape or a click beside
// the dialog closes it.
import { useEffect, useMemo, useRef } from 'react';
import { roomDrawing } from '../../../shared/draw/room';
import { inLanguage } from '../../../shared/i18n/text';
import { ROOM_TEMPLATES, TEMPLATE_TITLES } from '../../../shared/model/templates';
import { useLanguage } from '../../i18n/shared-text';
import { useMessages } from '../../i18n/useMessages';
import { USER_PREFIX, useUserTemplates } from '../../store/user-templates';
import { holdKeyboard } from '../dialogs/hold-keyboard';
import { BLANK_ROOM, roomToStartFrom } from './rooms';
import { RoomThumbnail } from './RoomThumbnail';
import './gallery.css';

interface Card {
  value: string;
  title: string;
}

export function RoomGallery({ onChoose, onClose }: { onChoose: (value: string) => void; onClose: () => void }) {
  const t = useMessages().floorPlan;
  const language = useLanguage();
  const user = useUserTemplates((state) => state.templates);
  const box = useRef<HTMLDivElement>(null);
  const builtIn: Card[] = useMemo(() => [
    { value: BLANK_ROOM, title: t.blankRoom },
    ...Object.keys(ROOM_TEMPLATES).map((name) => ({ value: name, title: TEMPLATE_TITLES[name] ? inLanguage(TEMPLATE_TITLES[name], language) : name })),
  ], [language, t]);
  const mine: Card[] = user.map((u) => ({ value: `${USER_PREFIX}${u.fileName}`, title: u.template.name }));
  // Each room drawn once while the gallery is open.
  const drawings = useMemo(() => new Map([...builtIn, ...mine].flatMap((card) => {
    const room = roomToStartFrom(card.value);
    return room ? [[card.value, { drawing: roomDrawing(room.venue, language), background: room.venue.background }] as const] : [];
  })), [builtIn, user, language]);
  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      }
      holdKeyboard(event, box.current);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  const cards = (list: Card[]) => (
    <div className="room-cards">
      {list.map((card) => {
        const room = drawings.get(card.value);
        if (!room) return null;
        const { drawing, background } = room;
        return (
          <button key={card.value} type="button" className="room-card" data-room={card.value} onClick={() => onChoose(card.value)}>
            <RoomThumbnail drawing={drawing} background={background} />
            <span className="room-card-name">{card.title}</span>
            <span className="room-card-seats" data-testid="room-card-seats">{t.seats(drawing.seats.length)}</span>
          </button>
        );
      })}
    </div>
  );
  return (
    <div className="dialog-backdrop" role="presentation" onPointerDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={box} className="room-gallery" role="dialog" aria-modal="true" aria-label={t.galleryTitle} data-testid="room-gallery">
        <div className="room-gallery-head">
          <h2>{t.galleryTitle}</h2>
          <button type="button" data-dialog="cancel" onClick={onClose}>{t.close}</button>
        </div>
        <h3>{t.builtIn}</h3>
        {cards(builtIn)}
        {mine.length > 0 && (
          <>
            <h3>{t.mine}</h3>
            {cards(mine)}
          </>
        )}
      </div>
    </div>
  );
}
