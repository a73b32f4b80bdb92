/** A proposer's list of their organisation's proposals. */
export default {
  new: '新しい提案を始める',
  none: '提案はまだありません。',
  untitled: '（無題の提案）',
  draft: '下書き',
  due: '予定日',
  updated: '最終更新',
} as const;
