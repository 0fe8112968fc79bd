import { defineMessages } from '../define';

export default defineMessages({
	'council.nav': { 'zh-CN': '议事厅', en: 'Council' },
	'council.title': { 'zh-CN': '市民议事厅', en: 'Citizen council' },
	'council.intro': {
		'zh-CN': '大家的事大家商量：提建议、讨论、投票，再一起看办得怎么样。',
		en: 'Decide together: propose, discuss, vote, then see how it was done.'
	},
	'council.list.title': { 'zh-CN': '提案', en: 'Proposals' },
	'council.list.state': { 'zh-CN': '进度', en: 'Stage' },
	'council.list.allStates': { 'zh-CN': '全部', en: 'All' },
	'council.list.search': { 'zh-CN': '搜索', en: 'Search' },
	'council.list.filter': { 'zh-CN': '查找', en: 'Filter' },
	'council.list.empty': { 'zh-CN': '还没有提案。', en: 'No proposals yet.' },
	'council.state.draft': { 'zh-CN': '草稿', en: 'Draft' },
	'council.state.submitted': { 'zh-CN': '审核中', en: 'Under review' },
	'council.state.rejected': { 'zh-CN': '未通过审核', en: 'Not accepted' },
	'council.state.merged': { 'zh-CN': '已合并', en: 'Merged' },
	'council.state.discussion': { 'zh-CN': '讨论中', en: 'In discussion' },
	'council.state.voting': { 'zh-CN': '投票中', en: 'Being voted on' },
	'council.state.passed': { 'zh-CN': '投票通过', en: 'Passed' },
	'council.state.failed': { 'zh-CN': '投票未通过', en: 'Did not pass' },
	'council.state.implementation': { 'zh-CN': '正在办', en: 'Being carried out' },
	'council.state.evaluation': { 'zh-CN': '已办完，请评价', en: 'Done: rate it' },
	'council.event.amendment': { 'zh-CN': '补充说明', en: 'Amendment' },
	'council.event.progress': { 'zh-CN': '进展', en: 'Progress' },
	'council.event.milestone': { 'zh-CN': '阶段', en: 'Milestone' },
	'council.supportCount': { 'zh-CN': '{count} 人支持', en: '{count} supporters' },
	'council.cost': { 'zh-CN': '约 {cost} 元', en: 'about ¥{cost}' },
	'council.by': { 'zh-CN': '提议人：{name}', en: 'Proposed by {name}' },
	'council.field.title': { 'zh-CN': '标题（一句话说清楚）', en: 'Title (one sentence)' },
	'council.field.problem': { 'zh-CN': '遇到了什么问题', en: 'The problem' },
	'council.field.solution': { 'zh-CN': '建议怎么办', en: 'What should be done' },
	'council.field.estimatedCost': { 'zh-CN': '估计花费', en: 'Estimated cost' },
	'council.field.estimatedCostYuan': {
		'zh-CN': '估计花费（元，不知道就填 0）',
		en: 'Estimated cost (yuan; 0 if unknown)'
	},
	'council.field.location': { 'zh-CN': '地点', en: 'Place' },
	'council.field.owner': { 'zh-CN': '负责人', en: 'Carried out by' },
	'council.field.images': { 'zh-CN': '照片链接（可不填）', en: 'Photo links (optional)' },
	'council.field.imagesHint': {
		'zh-CN': '最多 3 个以 https:// 开头的链接，用空格隔开',
		en: 'Up to 3 links starting with https://, separated by spaces'
	},
	'council.form.required': { 'zh-CN': '请填写这一项', en: 'Please fill this in' },
	'council.form.tooLong': { 'zh-CN': '写得太长了，请短一些', en: 'Too long; please shorten it' },
	'council.form.cost': { 'zh-CN': '请填整数元，例如 3000', en: 'Enter whole yuan, e.g. 3000' },
	'council.form.images': { 'zh-CN': '最多 3 个 https:// 链接', en: 'At most 3 https:// links' },
	'council.form.score': { 'zh-CN': '请选 1 到 5 颗星', en: 'Choose 1 to 5 stars' },
	'council.form.budget': { 'zh-CN': '预算要大于 0', en: 'The budget must be above 0' },
	'council.form.quorum': {
		'zh-CN': '最低参与率在 0 到 100 之间',
		en: 'Quorum is between 0 and 100'
	},
	'council.form.datetime': { 'zh-CN': '请选择日期和时间', en: 'Choose a date and time' },
	'council.imageAlt': { 'zh-CN': '“{title}”的第 {n} 张照片', en: 'Photo {n} of “{title}”' },
	'council.progressImageAlt': { 'zh-CN': '进展照片 {n}', en: 'Progress photo {n}' },
	'council.rejectedBecause': {
		'zh-CN': '没有通过审核的原因：{reason}',
		en: 'Not accepted because: {reason}'
	},
	'council.mergedInto': { 'zh-CN': '已合并到提案 #{id}', en: 'Merged into proposal #{id}' },
	'council.submitDraft': { 'zh-CN': '提交给居委会审核', en: 'Send to the committee for review' },
	'council.submitted': {
		'zh-CN': '已提交，请等居委会审核',
		en: 'Submitted; the committee will review it'
	},
	'council.toVote': { 'zh-CN': '去投票 / 看结果', en: 'Go to the vote / results' },
	'council.support': { 'zh-CN': '我支持', en: 'I support this' },
	'council.supported': { 'zh-CN': '谢谢您的支持', en: 'Thank you for your support' },
	'council.youSupport': { 'zh-CN': '您已支持这个提案', en: 'You support this proposal' },
	'council.amend': { 'zh-CN': '写补充说明', en: 'Add an amendment' },
	'council.amendHint': {
		'zh-CN': '原文不能改；补充说明会和时间一起公开显示',
		en: 'The original stays; your amendment is shown with its date'
	},
	'council.amended': { 'zh-CN': '补充说明已加上', en: 'Amendment added' },
	'council.milestones': { 'zh-CN': '办理阶段', en: 'Milestones' },
	'council.timeline': { 'zh-CN': '经过', en: 'Timeline' },
	'council.discussion': { 'zh-CN': '大家的意见（{count}）', en: 'Discussion ({count})' },
	'council.comment.label': { 'zh-CN': '说说您的想法', en: 'Your comment' },
	'council.comment.send': { 'zh-CN': '发表', en: 'Post' },
	'council.comment.reply': { 'zh-CN': '回复', en: 'Reply' },
	'council.comment.replyLabel': { 'zh-CN': '回复 {name}', en: 'Reply to {name}' },
	'council.comment.report': { 'zh-CN': '举报', en: 'Report' },
	'council.comment.reportReason': { 'zh-CN': '举报原因', en: 'Why are you reporting it?' },
	'council.comment.hidden': {
		'zh-CN': '这条留言已被居委会隐藏：{reason}',
		en: 'Hidden by the committee: {reason}'
	},
	'council.commented': { 'zh-CN': '留言已发表', en: 'Comment posted' },
	'council.reported': {
		'zh-CN': '已举报，居委会会查看',
		en: 'Reported; the committee will look at it'
	},
	'council.rating.title': { 'zh-CN': '办得怎么样', en: 'How well was it done?' },
	'council.rating.score': { 'zh-CN': '打分', en: 'Your score' },
	'council.rating.1': { 'zh-CN': '1 很差', en: '1 very poor' },
	'council.rating.2': { 'zh-CN': '2 较差', en: '2 poor' },
	'council.rating.3': { 'zh-CN': '3 一般', en: '3 fair' },
	'council.rating.4': { 'zh-CN': '4 较好', en: '4 good' },
	'council.rating.5': { 'zh-CN': '5 很好', en: '5 very good' },
	'council.rating.comment': { 'zh-CN': '想说的话（可不填）', en: 'Comment (optional)' },
	'council.rating.send': { 'zh-CN': '提交评价', en: 'Send rating' },
	'council.rating.thanks': { 'zh-CN': '谢谢您的评价', en: 'Thank you for rating' },
	'council.rating.average': {
		'zh-CN': '平均 {average} 分（{count} 人评价）',
		en: 'Average {average} ({count} ratings)'
	},
	'council.rating.none': { 'zh-CN': '还没有人评价', en: 'No ratings yet' },
	'council.rated': { 'zh-CN': '谢谢您的评价', en: 'Thank you for rating' },
	'council.votes.title': { 'zh-CN': '投票', en: 'Votes' },
	'council.vote.open': { 'zh-CN': '正在投票', en: 'open' },
	'council.vote.closed': { 'zh-CN': '已结束', en: 'closed' },
	'council.vote.window': { 'zh-CN': '投票时间：{from} 到 {to}', en: 'Voting from {from} to {to}' },
	'council.vote.turnout': {
		'zh-CN': '已投票 {turnout} 人，共 {eligible} 人可以投',
		en: '{turnout} of {eligible} eligible residents have voted'
	},
	'council.method.yes_no': { 'zh-CN': '赞成 / 反对 / 弃权', en: 'Yes / no / abstain' },
	'council.method.approval': {
		'zh-CN': '多选：选出您赞成的提案',
		en: 'Approval: tick every proposal you approve'
	},
	'council.method.budget': {
		'zh-CN': '预算投票：在预算内选项目',
		en: 'Participatory budget: choose within the budget'
	},
	'council.answer.yes': { 'zh-CN': '赞成', en: 'Yes' },
	'council.answer.no': { 'zh-CN': '反对', en: 'No' },
	'council.answer.abstain': { 'zh-CN': '弃权', en: 'Abstain' },
	'council.ballot.title': { 'zh-CN': '投票', en: 'Your ballot' },
	'council.ballot.yesNo': { 'zh-CN': '您对“{title}”的意见', en: 'Your answer on “{title}”' },
	'council.ballot.approval': {
		'zh-CN': '请勾选您赞成的提案（可选多个）',
		en: 'Tick the proposals you approve'
	},
	'council.ballot.budget': {
		'zh-CN': '请勾选项目，总花费不超过 {budget} 元',
		en: 'Tick projects costing at most ¥{budget} together'
	},
	'council.ballot.secret': {
		'zh-CN': '投票是不记名的：谁投了票和投了什么分开保存，没人能对上。',
		en: 'Your ballot is secret: who voted and what was voted are stored apart and cannot be matched.'
	},
	'council.ballot.cast': { 'zh-CN': '确认投票', en: 'Cast my vote' },
	'council.ballot.alreadyVoted': { 'zh-CN': '您已经投过票了。', en: 'You have voted.' },
	'council.ballot.notEligible': {
		'zh-CN': '这次投票只有本社区已审核的居民可以参加。',
		en: 'Only verified residents of this community can vote here.'
	},
	'council.ballot.blank': { 'zh-CN': '一个都没选', en: 'none chosen' },
	'council.receipt.title': {
		'zh-CN': '投票成功！请记下回执码',
		en: 'Vote cast! Write down your receipt code'
	},
	'council.receipt.explain': {
		'zh-CN':
			'这个码只显示这一次。凭它可以查到您的票已经算进去，以及投的是什么。别人看不到是谁投的。',
		en: 'This code is shown only once. With it you can check that your ballot was counted and what it says; nobody can tell it is yours.'
	},
	'council.receipt.points': {
		'zh-CN': '参与投票得到 {points} 积分',
		en: 'You earned {points} points for voting'
	},
	'council.receipt.checkTitle': { 'zh-CN': '查回执码', en: 'Check a receipt code' },
	'council.receipt.codeLabel': { 'zh-CN': '回执码', en: 'Receipt code' },
	'council.receipt.check': { 'zh-CN': '查询', en: 'Check' },
	'council.receipt.inBox': {
		'zh-CN': '这张票已经收到。投票结束后，可以在这里看到它被计入以及内容。',
		en: 'This ballot has been received. Once voting ends you can see here that it was counted and what it says.'
	},
	'council.receipt.counted': {
		'zh-CN': '这张票已计入，内容是：{choice}',
		en: 'This ballot was counted. It says: {choice}'
	},
	'council.results.title': { 'zh-CN': '投票结果', en: 'Result' },
	'council.results.caption': { 'zh-CN': '每项得票', en: 'Votes per option' },
	'council.results.option': { 'zh-CN': '选项', en: 'Option' },
	'council.results.votes': { 'zh-CN': '票数', en: 'Votes' },
	'council.results.selected': { 'zh-CN': '通过', en: 'chosen' },
	'council.results.quorumMet': {
		'zh-CN': '参与率达到了最低要求（{quorum}%）',
		en: 'Turnout met the quorum ({quorum}%)'
	},
	'council.results.quorumMissed': {
		'zh-CN': '参与率没有达到最低要求（{quorum}%），本次不通过',
		en: 'Turnout missed the quorum ({quorum}%): nothing passes'
	},
	'council.results.winners': { 'zh-CN': '通过：{titles}', en: 'Passed: {titles}' },
	'council.results.none': { 'zh-CN': '没有提案通过', en: 'No proposal passed' },
	'council.results.spent': { 'zh-CN': '，共 {spent} 元', en: ' (¥{spent} in total)' },
	'council.results.verifyTitle': { 'zh-CN': '自己核对', en: 'Check it yourself' },
	'council.results.verifyExplain': {
		'zh-CN':
			'所有选票（只有回执码的指纹和选择，没有姓名）都可以下载，自己重新数一遍。结果和选票清单的指纹已签名记入账本。',
		en: 'Every ballot (receipt fingerprint and choice, no names) can be downloaded and recounted. The result and the list fingerprint are signed into the ledger record.'
	},
	'council.results.downloadJson': { 'zh-CN': '下载选票（JSON）', en: 'Download ballots (JSON)' },
	'council.results.downloadCsv': { 'zh-CN': '下载选票（表格 CSV）', en: 'Download ballots (CSV)' },
	'council.results.record': { 'zh-CN': '签名记录', en: 'Signed record' },
	'council.results.listHash': { 'zh-CN': '选票清单指纹', en: 'Ballot list fingerprint' },
	'council.results.verified': {
		'zh-CN': '✔ 已核对：签名有效，重新计票结果一致',
		en: '✔ Verified: signature valid, recount matches'
	},
	'council.results.notVerified': {
		'zh-CN': '✘ 核对失败：记录和选票对不上，请联系居委会',
		en: '✘ Verification failed: record and ballots disagree'
	},
	'council.new.title': { 'zh-CN': '写提案', en: 'Make a proposal' },
	'council.new.intro': {
		'zh-CN': '说说小区里要解决的事。提交后居委会会审核，审核通过就公开讨论。',
		en: 'Describe something the neighbourhood should fix. The committee reviews it, then it is discussed openly.'
	},
	'council.new.submit': { 'zh-CN': '提交审核', en: 'Submit for review' },
	'council.new.saveDraft': { 'zh-CN': '先存草稿', en: 'Save as draft' },
	'council.mine.title': { 'zh-CN': '我的议事', en: 'My council' },
	'council.mine.proposals': { 'zh-CN': '我的提案', en: 'My proposals' },
	'council.mine.noProposals': {
		'zh-CN': '您还没有写过提案。',
		en: 'You have not made a proposal yet.'
	},
	'council.mine.receipts': { 'zh-CN': '我参加过的投票', en: 'Votes I took part in' },
	'council.mine.receiptsExplain': {
		'zh-CN': '为了保密，系统不记得您的回执码。请在投票页面输入您记下的码来核对。',
		en: 'To keep ballots secret, receipt codes are not stored with your name. Enter the code you wrote down on the vote page.'
	},
	'council.mine.noVotes': { 'zh-CN': '您还没有参加过投票。', en: 'You have not voted yet.' },
	'council.console.title': { 'zh-CN': '议事厅管理', en: 'Council' },
	'council.console.review': { 'zh-CN': '待审核提案（{count}）', en: 'To review ({count})' },
	'council.console.read': { 'zh-CN': '查看', en: 'Open' },
	'council.console.accept': { 'zh-CN': '通过，进入讨论', en: 'Accept for discussion' },
	'council.console.acceptLabel': {
		'zh-CN': '通过，进入讨论：“{title}”',
		en: 'Accept for discussion: “{title}”'
	},
	'council.console.reject': { 'zh-CN': '不通过', en: 'Reject' },
	'council.console.reason': { 'zh-CN': '原因（提议人会看到）', en: 'Reason (the author sees it)' },
	'council.console.reasonRequired': { 'zh-CN': '请写不通过的原因', en: 'Please give a reason' },
	'council.console.merge': { 'zh-CN': '合并到其他提案', en: 'Merge into another' },
	'council.console.mergeInto': { 'zh-CN': '合并到提案编号', en: 'Merge into proposal number' },
	'council.console.discussion': {
		'zh-CN': '讨论中的提案（{count}）',
		en: 'In discussion ({count})'
	},
	'council.console.openVote': { 'zh-CN': '发起投票', en: 'Open a vote' },
	'council.console.community': { 'zh-CN': '社区', en: 'Community' },
	'council.console.voteTitle': { 'zh-CN': '投票标题', en: 'Vote title' },
	'council.console.method': { 'zh-CN': '投票方式', en: 'Method' },
	'council.console.proposals': { 'zh-CN': '参加投票的提案', en: 'Proposals in the vote' },
	'council.console.budget': { 'zh-CN': '预算（元）', en: 'Budget (yuan)' },
	'council.console.seats': { 'zh-CN': '通过几个', en: 'How many win' },
	'council.console.quorum': { 'zh-CN': '最低参与率（%）', en: 'Quorum (% turnout)' },
	'council.console.closesAt': { 'zh-CN': '结束时间（北京时间）', en: 'Closes at (Beijing time)' },
	'council.console.byDecision': {
		'zh-CN': '支持人数不够也发起（居委会决定）',
		en: 'Open even below the support threshold (committee decision)'
	},
	'council.console.voteOpened': { 'zh-CN': '投票已发起', en: 'The vote is open' },
	'council.console.closeNow': { 'zh-CN': '现在计票', en: 'Count now' },
	'council.console.close.not_found': { 'zh-CN': '没有找到这次投票', en: 'Vote not found' },
	'council.console.close.not_due': {
		'zh-CN': '投票时间还没到，不能提前计票',
		en: 'The window has not ended yet'
	},
	'council.console.close.already_closed': { 'zh-CN': '已经计过票了', en: 'Already counted' },
	'council.console.moderation': {
		'zh-CN': '被举报的留言（{count}）',
		en: 'Reported comments ({count})'
	},
	'council.console.reports': {
		'zh-CN': '{count} 次举报：{reasons}',
		en: '{count} reports: {reasons}'
	},
	'council.console.hide': { 'zh-CN': '隐藏', en: 'Hide' },
	'council.console.hideReason': {
		'zh-CN': '隐藏原因（会公开显示）',
		en: 'Reason (shown publicly)'
	},
	'council.console.delivery': { 'zh-CN': '办理和评价', en: 'Carrying out and ratings' },
	'council.console.owner': { 'zh-CN': '负责人或单位', en: 'Person or team in charge' },
	'council.console.start': { 'zh-CN': '开始办理', en: 'Start' },
	'council.console.milestone': { 'zh-CN': '新阶段', en: 'New milestone' },
	'council.console.addMilestone': { 'zh-CN': '加阶段', en: 'Add milestone' },
	'council.console.milestoneDone': { 'zh-CN': '标为完成', en: 'Mark done' },
	'council.console.progress': { 'zh-CN': '进展说明', en: 'Progress update' },
	'council.console.postProgress': { 'zh-CN': '发布进展', en: 'Post update' },
	'council.console.completeNote': { 'zh-CN': '完工说明', en: 'Completion note' },
	'council.console.complete': { 'zh-CN': '办完了，请居民评价', en: 'Done: ask residents to rate' },
	'council.console.nothing': { 'zh-CN': '暂时没有。', en: 'Nothing here.' },
	'council.console.spawnActivity': { 'zh-CN': '发起志愿活动', en: 'Start a volunteer activity' },
	'council.console.activityCreated': {
		'zh-CN': '志愿活动草稿已建好，请到活动管理里修改时间后发布',
		en: 'A draft volunteer activity was created; set its time and publish it from the activities console'
	},
	'council.console.activityRefused': {
		'zh-CN': '没能建立志愿活动',
		en: 'The volunteer activity could not be created'
	},
	'council.console.done': { 'zh-CN': '已完成', en: 'Done' },
	'council.settings.title': { 'zh-CN': '积分和门槛', en: 'Points and thresholds' },
	'council.settings.pointsAccepted': {
		'zh-CN': '提案通过审核得积分',
		en: 'Points for a proposal accepted'
	},
	'council.settings.pointsPassed': {
		'zh-CN': '提案投票通过得积分',
		en: 'Points for a proposal passed'
	},
	'council.settings.pointsPerVote': { 'zh-CN': '每次投票得积分', en: 'Points per vote cast' },
	'council.settings.votePointsMonthlyCap': {
		'zh-CN': '投票积分每月最多',
		en: 'Monthly cap on voting points'
	},
	'council.settings.supportThreshold': {
		'zh-CN': '发起投票需要的支持人数',
		en: 'Supporters needed to open a vote'
	},
	'council.settings.save': { 'zh-CN': '保存', en: 'Save' },
	'council.error.not_found': { 'zh-CN': '没有找到', en: 'Not found' },
	'council.error.forbidden': {
		'zh-CN': '您没有权限做这件事',
		en: 'You are not allowed to do this'
	},
	'council.error.not_verified': {
		'zh-CN': '您的账号还没有通过居委会审核，审核后才能参与',
		en: 'Your account is not verified yet; you can take part once the committee verifies it'
	},
	'council.error.wrong_community': {
		'zh-CN': '这件事属于别的社区，只有本社区居民可以参与',
		en: 'This belongs to another community; only its residents can take part'
	},
	'council.error.verified_after_opening': {
		'zh-CN': '投票开始后才通过审核的居民，这次不能投票',
		en: 'You were verified after this vote opened, so you cannot vote in it'
	},
	'council.error.invalid_transition': {
		'zh-CN': '提案现在的状态不能做这一步',
		en: 'The proposal is not at a stage where this can be done'
	},
	'council.error.not_editable': {
		'zh-CN': '提交后不能再改原文，可以写一条“补充说明”',
		en: 'After submission the text cannot change; add a visible amendment instead'
	},
	'council.error.support_below_threshold': {
		'zh-CN': '支持的人还不够；也可以由居委会决定直接投票',
		en: 'Not enough support yet; the committee can still decide to open the vote'
	},
	'council.error.already_supported': { 'zh-CN': '您已经支持过了', en: 'You already support this' },
	'council.error.already_reported': {
		'zh-CN': '您已经举报过这条留言',
		en: 'You already reported this comment'
	},
	'council.error.already_rated': { 'zh-CN': '您已经评过分了', en: 'You already rated this' },
	'council.error.invalid_merge': {
		'zh-CN': '只能合并到本社区正在审核或讨论的另一个提案',
		en: 'A proposal can only be merged into another one of the same community under review or discussion'
	},
	'council.error.invalid_vote': {
		'zh-CN': '投票设置不对：是非投票选一个提案，多选投票和预算投票至少两个提案',
		en: 'The vote settings do not fit: yes/no takes one proposal, approval and budget votes at least two'
	},
	'council.error.invalid_window': {
		'zh-CN': '投票时间不对：结束时间要晚于开始时间，也要晚于现在',
		en: 'The voting window is wrong: it must end after it starts and in the future'
	},
	'council.error.vote_not_open': { 'zh-CN': '投票还没有开始', en: 'Voting has not started yet' },
	'council.error.vote_closed': { 'zh-CN': '投票已经结束', en: 'Voting has ended' },
	'council.error.already_voted': {
		'zh-CN': '您已经投过票了，每人只能投一次',
		en: 'You have already voted; everyone votes once'
	},
	'council.error.invalid_choice': { 'zh-CN': '请按要求选择', en: 'Please choose as asked' },
	'council.error.unknown_option': {
		'zh-CN': '选的提案不在这次投票里',
		en: 'You chose a proposal that is not in this vote'
	},
	'council.error.over_budget': {
		'zh-CN': '选的项目加起来超过了预算，请少选一些',
		en: 'The proposals you chose cost more than the budget; choose fewer'
	},
	'council.error.receipt_not_found': {
		'zh-CN': '没有找到这个回执码，请再核对一下',
		en: 'No ballot has this receipt code; please check it'
	},
	'council.error.invalid_receipt': {
		'zh-CN': '回执码是16位字母和数字，例如 7KQM-2XPD-9HTR-4WBN',
		en: 'A receipt code has 16 letters and digits, like 7KQM-2XPD-9HTR-4WBN'
	},
	'notify.council.accepted': {
		'zh-CN': '您的提案“{title}”已通过审核，进入讨论',
		en: 'Your proposal “{title}” was accepted for discussion'
	},
	'notify.council.rejected': {
		'zh-CN': '您的提案“{title}”没有通过审核，请查看原因',
		en: 'Your proposal “{title}” was not accepted; see the reason'
	},
	'notify.council.passed': {
		'zh-CN': '提案“{title}”投票通过了',
		en: 'The proposal “{title}” passed'
	},
	'notify.council.failed': {
		'zh-CN': '提案“{title}”投票没有通过',
		en: 'The proposal “{title}” did not pass'
	},
	'notify.council.progress': {
		'zh-CN': '提案“{title}”有新进展',
		en: 'News on the proposal “{title}”'
	}
});
