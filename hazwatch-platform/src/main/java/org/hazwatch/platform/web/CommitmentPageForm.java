package org.hazwatch.platform.web;

import org.hazwatch.platform.commitment.rules.CommitmentForm;
import org.hazwatch.platform.commitment.rules.CommitmentForm.RiskGrade;
import org.hazwatch.platform.commitment.rules.CommitmentForm.SpecialOperations;

/**
 * The daily commitment form (安全承诺填报) as the browser posts it: flat, every field nullable, so what the person left
 * out reaches {@code CommitmentChecks} as missing and is shown beside its field.
 */
public class CommitmentPageForm {

    private Integer unitsTotal;
    private Integer unitsRunning;
    private Integer unitsStopped;
    private Integer unitsUnderMaintenance;
    private Integer unitsInTrial;
    private Boolean startUpOrShutDown;
    private Integer hotWorkSpecial = 0;
    private Integer hotWorkGrade1 = 0;
    private Integer hotWorkGrade2 = 0;
    private Integer confinedSpace = 0;
    private Integer workAtHeight = 0;
    private Integer lifting = 0;
    private Integer temporaryPower = 0;
    private Integer excavation = 0;
    private Integer roadClosure = 0;
    private Integer blinding = 0;
    private Integer maintenance = 0;
    private Integer contractorsOnSite;
    private Boolean hazardSourcesSafe;
    private String riskGrade;
    private String committedBy;
    private String pledge = PLEDGE;

    /** The usual wording of the pledge (承诺内容), to be edited where the day differs. */
    static final String PLEDGE = "今天我公司已进行安全风险研判，各项安全风险防控措施已落实到位，我承诺所有生产装置处于安全运行状态，"
            + "罐区、仓库等重大危险源安全风险得到有效管控。";

    /** The form filled in with a commitment already made (a correction starts from the current version). */
    static CommitmentPageForm of(CommitmentForm f) {
        CommitmentPageForm form = new CommitmentPageForm();
        form.unitsTotal = f.unitsTotal();
        form.unitsRunning = f.unitsRunning();
        form.unitsStopped = f.unitsStopped();
        form.unitsUnderMaintenance = f.unitsUnderMaintenance();
        form.unitsInTrial = f.unitsInTrial();
        form.startUpOrShutDown = f.startUpOrShutDown();
        SpecialOperations o = f.operations() == null ? SpecialOperations.none() : f.operations();
        form.hotWorkSpecial = o.hotWorkSpecial();
        form.hotWorkGrade1 = o.hotWorkGrade1();
        form.hotWorkGrade2 = o.hotWorkGrade2();
        form.confinedSpace = o.confinedSpace();
        form.workAtHeight = o.workAtHeight();
        form.lifting = o.lifting();
        form.temporaryPower = o.temporaryPower();
        form.excavation = o.excavation();
        form.roadClosure = o.roadClosure();
        form.blinding = o.blinding();
        form.maintenance = o.maintenance();
        form.contractorsOnSite = f.contractorsOnSite();
        form.hazardSourcesSafe = f.hazardSourcesSafe();
        form.riskGrade = f.riskGrade() == null ? null : f.riskGrade().name();
        form.committedBy = f.committedBy();
        form.pledge = f.pledge();
        return form;
    }

    CommitmentForm toForm() {
        return new CommitmentForm(unitsTotal, unitsRunning, unitsStopped, unitsUnderMaintenance, unitsInTrial,
                startUpOrShutDown, new SpecialOperations(hotWorkSpecial, hotWorkGrade1, hotWorkGrade2, confinedSpace,
                workAtHeight, lifting, temporaryPower, excavation, roadClosure, blinding, maintenance),
                contractorsOnSite, hazardSourcesSafe, grade(), committedBy, pledge);
    }

    private RiskGrade grade() {
        for (RiskGrade g : RiskGrade.values()) {
            if (g.name().equals(riskGrade)) {
                return g;
            }
        }
        return null;
    }

    public Integer getUnitsTotal() {
        return unitsTotal;
    }

    public void setUnitsTotal(Integer unitsTotal) {
        this.unitsTotal = unitsTotal;
    }

    public Integer getUnitsRunning() {
        return unitsRunning;
    }

    public void setUnitsRunning(Integer unitsRunning) {
        this.unitsRunning = unitsRunning;
    }

    public Integer getUnitsStopped() {
        return unitsStopped;
    }

    public void setUnitsStopped(Integer unitsStopped) {
        this.unitsStopped = unitsStopped;
    }

    public Integer getUnitsUnderMaintenance() {
        return unitsUnderMaintenance;
    }

    public void setUnitsUnderMaintenance(Integer unitsUnderMaintenance) {
        this.unitsUnderMaintenance = unitsUnderMaintenance;
    }

    public Integer getUnitsInTrial() {
        return unitsInTrial;
    }

    public void setUnitsInTrial(Integer unitsInTrial) {
        this.unitsInTrial = unitsInTrial;
    }

    public Boolean getStartUpOrShutDown() {
        return startUpOrShutDown;
    }

    public void setStartUpOrShutDown(Boolean startUpOrShutDown) {
        this.startUpOrShutDown = startUpOrShutDown;
    }

    public Integer getHotWorkSpecial() {
        return hotWorkSpecial;
    }

    public void setHotWorkSpecial(Integer hotWorkSpecial) {
        this.hotWorkSpecial = hotWorkSpecial;
    }

    public Integer getHotWorkGrade1() {
        return hotWorkGrade1;
    }

    public void setHotWorkGrade1(Integer hotWorkGrade1) {
        this.hotWorkGrade1 = hotWorkGrade1;
    }

    public Integer getHotWorkGrade2() {
        return hotWorkGrade2;
    }

    public void setHotWorkGrade2(Integer hotWorkGrade2) {
        this.hotWorkGrade2 = hotWorkGrade2;
    }

    public Integer getConfinedSpace() {
        return confinedSpace;
    }

    public void setConfinedSpace(Integer confinedSpace) {
        this.confinedSpace = confinedSpace;
    }

    public Integer getWorkAtHeight() {
        return workAtHeight;
    }

    public void setWorkAtHeight(Integer workAtHeight) {
        this.workAtHeight = workAtHeight;
    }

    public Integer getLifting() {
        return lifting;
    }

    public void setLifting(Integer lifting) {
        this.lifting = lifting;
    }

    public Integer getTemporaryPower() {
        return temporaryPower;
    }

    public void setTemporaryPower(Integer temporaryPower) {
        this.temporaryPower = temporaryPower;
    }

    public Integer getExcavation() {
        return excavation;
    }

    public void setExcavation(Integer excavation) {
        this.excavation = excavation;
    }

    public Integer getRoadClosure() {
        return roadClosure;
    }

    public void setRoadClosure(Integer roadClosure) {
        this.roadClosure = roadClosure;
    }

    public Integer getBlinding() {
        return blinding;
    }

    public void setBlinding(Integer blinding) {
        this.blinding = blinding;
    }

    public Integer getMaintenance() {
        return maintenance;
    }

    public void setMaintenance(Integer maintenance) {
        this.maintenance = maintenance;
    }

    public Integer getContractorsOnSite() {
        return contractorsOnSite;
    }

    public void setContractorsOnSite(Integer contractorsOnSite) {
        this.contractorsOnSite = contractorsOnSite;
    }

    public Boolean getHazardSourcesSafe() {
        return hazardSourcesSafe;
    }

    public void setHazardSourcesSafe(Boolean hazardSourcesSafe) {
        this.hazardSourcesSafe = hazardSourcesSafe;
    }

    public String getRiskGrade() {
        return riskGrade;
    }

    public void setRiskGrade(String riskGrade) {
        this.riskGrade = riskGrade;
    }

    public String getCommittedBy() {
        return committedBy;
    }

    public void setCommittedBy(String committedBy) {
        this.committedBy = committedBy;
    }

    public String getPledge() {
        return pledge;
    }

    public void setPledge(String pledge) {
        this.pledge = pledge;
    }
}
