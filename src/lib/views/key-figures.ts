import { t } from '../../i18n/index.ts';
import type { Nature } from '../../schemas/chiffre.ts';

interface FigureLike {
  id: string;
  data: { cle: boolean; nature: Nature };
}

/**
 * The « Chiffres clés » of the home page: figures marked `cle: true`, never an estimate (the checker refuses one too;
 * this keeps a stray one off the home page whatever the content says).
 */
export const keyFigures = <F extends FigureLike>(figures: readonly F[]): F[] => figures.filter((c) => c.data.cle && !isEstimate(c));

/** A person's or an organisation's estimate, not a measured number: never a key figure, never on a handout or a chart beside statistics. */
export const isEstimate = (f: { data: { nature: Nature } }): boolean => f.data.nature === 'estimation';

/** A figure's nature in words, as shown on its page. */
export const natureLabel = (nature: Nature): string =>
  ({ statistique: t('nature.statistique'), estimation: t('nature.estimation'), compte: t('nature.compte') })[nature];
