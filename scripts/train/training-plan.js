// What each shipped model is trained on (development sets only), with per-set weights.
export const TRAINING_PLAN = {
  dfLanguages: ['en'],
  l2: 1,
  maxNegativesPerDoc: 1500,
  withIdf: [
    { set: 'inspec-trainval', weight: 3 },
    { set: 'semeval2010-train', weight: 2 },
    { set: 'nus-nguyen2007', weight: 1 },
    { set: 'kdd', weight: 0.5 },
    { set: 'www', weight: 0.5 },
    { set: '500n-kpcrowd', weight: 0.5 },
    { set: 'taln-archives-en', weight: 0.5 },
  ],
  withoutIdf: [
    { set: 'inspec-trainval', weight: 3 },
    { set: 'semeval2010-train', weight: 2 },
    { set: 'nus-nguyen2007', weight: 1 },
    { set: 'kdd', weight: 0.5 },
    { set: 'www', weight: 0.5 },
    { set: '500n-kpcrowd', weight: 0.5 },
    { set: 'taln-archives-en', weight: 0.5 },
  ],
};
